<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>hidden {number}</source>
        <translation>gizli {number}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>çıktı</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Denetçi</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>Step animation</source>
        <translation>Adım animasyonu</translation>
    </message>
    <message>
        <source>{lesson}: press Play (Space) or Step (S)</source>
        <translation>{lesson}: Oynat (Boşluk) veya Adım (S) tuşuna basın</translation>
    </message>
    <message>
        <source>applied from the next step</source>
        <translation>bir sonraki adımdan itibaren uygulanır</translation>
    </message>
    <message>
        <source>Training has stopped ({reason}). Reset or pick a fix.</source>
        <translation>Eğitim durdu ({reason}). Sıfırlayın veya bir çözüm seçin.</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>adım {step}</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>adım {step} · {rate} adım/sn</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %n step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>Dersin %n adımı tamamlandı: eğitime devam etmek için Oynat'a (Boşluk) basın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: the newest step, settled. Press A to animate it phase by phase.</source>
        <translation>Canlı: en yeni adım, tamamlanmış. Aşama aşama canlandırmak için A'ya basın.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Restore default layout</source>
        <translation>Varsayılan düzeni geri yükle</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Çalıştırmayı kaydet…</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Çalıştırma aç…</translation>
    </message>
    <message>
        <source>Save as lesson…</source>
        <translation>Ders olarak kaydet…</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Animasyonu dışa aktar…</translation>
    </message>
    <message>
        <source>Export current frame…</source>
        <translation>Geçerli kareyi dışa aktar…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Eğitim</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Oynat / duraklat</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>Tek adım</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>&amp;Animasyon</translation>
    </message>
    <message>
        <source>Animate the step / pause</source>
        <translation>Adımı canlandır / duraklat</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Sonraki aşama</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Önceki aşama</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <source>Teach mode</source>
        <translation>Öğretim modu</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Hesaplama grafiği</translation>
    </message>
    <message>
        <source>Live: the newest step</source>
        <translation>Canlı: en yeni adım</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Sunum modu</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Ekranı karart</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Sunum modundan çık</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>kayıp</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Katman başına gradyan normu</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norm</translation>
    </message>
    <message>
        <source>Dead / saturated units</source>
        <translation>Ölü / doygun birimler</translation>
    </message>
    <message>
        <source>dead ——  saturated - -</source>
        <translation>ölü ——  doygun - -</translation>
    </message>
    <message>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Karar sınırı</translation>
    </message>
    <message>
        <source>Gradient norm per layer: the first hidden layer dark, the output bright</source>
        <translation>Katman başına gradyan normu: ilk gizli katman koyu, çıktı parlak</translation>
    </message>
    <message>
        <source>Dead / saturated units per layer: the fraction of dead units (solid) and of saturated units (dashed) of each layer, coloured as in the gradient plot</source>
        <translation>Katman başına ölü / doygun birimler: her katmandaki ölü birimlerin (düz çizgi) ve doygun birimlerin (kesik çizgi) oranı, gradyan grafiğindeki gibi renklendirilmiş</translation>
    </message>
    <message>
        <source>training</source>
        <translation>eğitim</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>doğrulama</translation>
    </message>
</context>
</TS>
