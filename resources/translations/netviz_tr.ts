<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AnimationPanel</name>
    <message>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>previous step  [</source>
        <translation>önceki adım  [</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>aşama</translation>
    </message>
    <message>
        <source>previous phase  ← or ,</source>
        <translation>önceki aşama  ← veya ,</translation>
    </message>
    <message>
        <source>next phase  → or .</source>
        <translation>sonraki aşama  → veya .</translation>
    </message>
    <message>
        <source>next step  ]</source>
        <translation>sonraki adım  ]</translation>
    </message>
    <message>
        <source>play the phases of this step: forward, loss, backward, update  (A)</source>
        <translation>bu adımın aşamalarını oynat: ileri, kayıp, geri, güncelleme  (A)</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>hız</translation>
    </message>
    <message>
        <source>{factor}x</source>
        <translation>{factor}×</translation>
    </message>
    <message>
        <source>teach</source>
        <translation>öğret</translation>
    </message>
    <message>
        <source>pause after each phase  (T)</source>
        <translation>her aşamadan sonra duraklat  (T)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>her</translation>
    </message>
    <message>
        <source>while training runs, animate every k-th step</source>
        <translation>eğitim sürerken her k. adımı canlandır</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> adımda bir</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>grafik</translation>
    </message>
    <message>
        <source>expand the focused node into its computational graph  (G)</source>
        <translation>seçili düğümü hesaplama grafiğine aç  (G)</translation>
    </message>
    <message>
        <source>scrub through the recorded steps</source>
        <translation>kaydedilen adımlar arasında gezin</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Canlı</translation>
    </message>
    <message>
        <source>follow the newest step  (L)</source>
        <translation>en yeni adımı izle  (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Animate step</source>
        <translation>Adımı canlandır</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>henüz adım yok</translation>
    </message>
    <message>
        <source>step {shown} of {last} (from {first})</source>
        <translation>adım {shown} / {last} ({first}. adımdan itibaren)</translation>
    </message>
    <message>
        <source>step {shown} of {last}</source>
        <translation>adım {shown} / {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) (from {first})</source>
        <translation>
            <numerusform>%n adım ({first}. adımdan itibaren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n adım</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Nodes</source>
        <translation>Düğümler</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>etkinleştirme</translation>
    </message>
    <message>
        <source>output map</source>
        <translation>çıktı haritası</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kenarlar</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Renk ölçeği</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>sabit</translation>
    </message>
    <message>
        <source>adapting</source>
        <translation>uyarlanan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hız</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ katman</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− katman</translation>
    </message>
    <message>
        <source>clip at</source>
        <translation>kırp:</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Ders</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>{step}. adım</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimize edici</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Watch: {watch}</source>
        <translation>Dikkat: {watch}</translation>
    </message>
    <message>
        <source>Compare: {fix}</source>
        <translation>Karşılaştır: {fix}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Çözüm: {fix}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Özgün</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>max</source>
        <translation>en yüksek</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>{speed}/sn</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export running</source>
        <translation>Dışa aktarma sürüyor</translation>
    </message>
    <message>
        <source>An export is running. Wait for it to finish or cancel it first.</source>
        <translation>Bir dışa aktarma sürüyor. Bitmesini bekleyin ya da önce iptal edin.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Dışa aktarılacak bir şey yok</translation>
    </message>
    <message>
        <source>The view shows no network yet: take a step (S) first.</source>
        <translation>Görünümde henüz bir ağ yok: önce bir adım atın (S).</translation>
    </message>
    <message>
        <source>Exporting the frame to {file}…</source>
        <translation>Kare {file} dosyasına aktarılıyor…</translation>
    </message>
    <message>
        <source>Exporting the animation to {file}…</source>
        <translation>Animasyon {file} dosyasına aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>{path} konumuna aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Frame {done} of {total}, {left} left</source>
        <translation>Kare {done} / {total}, {left} kaldı</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>ders</translation>
    </message>
    <message>
        <source>Training {lesson} up to step {step}…</source>
        <translation>{lesson} {step}. adıma kadar eğitiliyor…</translation>
    </message>
    <message>
        <source>Choosing the GIF's colours…</source>
        <translation>GIF renkleri seçiliyor…</translation>
    </message>
    <message>
        <source>Drawing frames…</source>
        <translation>Kareler çiziliyor…</translation>
    </message>
    <message>
        <source>Finishing the file…</source>
        <translation>Dosya tamamlanıyor…</translation>
    </message>
    <message>
        <source>Exported {summary}</source>
        <translation>Dışa aktarıldı: {summary}</translation>
    </message>
    <message>
        <source>Exported {summary}; note: {note}</source>
        <translation>Dışa aktarıldı: {summary}; not: {note}</translation>
    </message>
    <message>
        <source>The export failed: {reason}.</source>
        <translation>Dışa aktarma başarısız oldu: {reason}.</translation>
    </message>
    <message>
        <source>The export could not run ({field}): {reason}.</source>
        <translation>Dışa aktarma çalıştırılamadı ({field}): {reason}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Export failed: {reason}; nothing written</source>
        <translation>Dışa aktarma başarısız: {reason}; hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg iletisi:</translation>
    </message>
    <message>
        <source>Export cancelled, nothing written</source>
        <translation>Dışa aktarma iptal edildi, hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>Show Details… has ffmpeg's own words.</source>
        <translation>“Ayrıntıları Göster…” ffmpeg'in kendi iletisini içerir.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>the frame shown, as a picture in pixels</source>
        <translation>gösterilen kare, piksellerden oluşan bir resim olarak</translation>
    </message>
    <message>
        <source>the frame shown, as a vector picture: text stays text, lines stay lines</source>
        <translation>gösterilen kare, vektör resim olarak: metin metin, çizgiler çizgi olarak kalır</translation>
    </message>
    <message>
        <source>H.264 video (yuv420p): PowerPoint, Keynote, Google Slides, browsers</source>
        <translation>H.264 video (yuv420p): PowerPoint, Keynote, Google Slaytlar, tarayıcılar</translation>
    </message>
    <message>
        <source>VP9 video: browsers</source>
        <translation>VP9 video: tarayıcılar</translation>
    </message>
    <message>
        <source>looping GIF, at most 960 px wide unless told otherwise</source>
        <translation>döngülü GIF, aksi belirtilmedikçe en fazla 960 px genişliğinde</translation>
    </message>
    <message>
        <source>a folder of numbered PNG frames</source>
        <translation>numaralı PNG karelerinden oluşan bir klasör</translation>
    </message>
    <message>
        <source>one PNG picture (the last step)</source>
        <translation>tek bir PNG resmi (son adım)</translation>
    </message>
    <message>
        <source>one SVG picture (the last step): text stays text, lines stay lines</source>
        <translation>tek bir SVG resmi (son adım): metin metin, çizgiler çizgi olarak kalır</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <source>Forward pass only</source>
        <translation>Yalnızca ileri geçiş</translation>
    </message>
    <message>
        <source>Backward pass only</source>
        <translation>Yalnızca geri geçiş</translation>
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
        <source>Export animation</source>
        <translation>Animasyonu dışa aktar</translation>
    </message>
    <message>
        <source>Export current frame</source>
        <translation>Geçerli kareyi dışa aktar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;fix: {fix}</source>
        <translation>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;çözüm: {fix}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Ders</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>Animated, speed</source>
        <translation>Animasyonlu, hız</translation>
    </message>
    <message>
        <source>Settled steps,</source>
        <translation>Tamamlanmış adımlar,</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> sn/adım</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Aşamalar</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Kare hızı</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Export frames into the folder</source>
        <translation>Kareleri klasöre aktar</translation>
    </message>
    <message>
        <source>Folder of PNG frames (*)</source>
        <translation>PNG kareleri klasörü (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Şuraya aktar</translation>
    </message>
    <message>
        <source>give a file name</source>
        <translation>bir dosya adı verin</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} zaten var. Değiştirilsin mi?</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>input {number}</source>
        <translation>girdi {number}</translation>
    </message>
    <message>
        <source>value (example {number})</source>
        <translation>değer (örnek {number})</translation>
    </message>
    <message>
        <source>mean over batch</source>
        <translation>toplu iş ortalaması</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 on every training example</source>
        <translation>evet: her eğitim örneğinde z &lt;= 0</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest on every training example</source>
        <translation>evet: her eğitim örneğinde f'(z) &lt; en büyük değerinin %1'i</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>etkinleştirme</translation>
    </message>
    <message>
        <source>z (example {number})</source>
        <translation>z (örnek {number})</translation>
    </message>
    <message>
        <source>z (batch mean)</source>
        <translation>z (toplu iş ortalaması)</translation>
    </message>
    <message>
        <source>a (example {number})</source>
        <translation>a (örnek {number})</translation>
    </message>
    <message>
        <source>dL/dz (example {number})</source>
        <translation>dL/dz (örnek {number})</translation>
    </message>
    <message>
        <source>|dl/dz| per example (the colour)</source>
        <translation>örnek başına |dL/dz| (renk)</translation>
    </message>
    <message>
        <source>mean |dL/dz| (batch loss)</source>
        <translation>ortalama |dL/dz| (toplu iş kaybı)</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>sapma b</translation>
    </message>
    <message>
        <source>update of b</source>
        <translation>b güncellemesi</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>ölü</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>doygun</translation>
    </message>
    <message>
        <source>dropped (example {number})</source>
        <translation>bırakıldı (örnek {number})</translation>
    </message>
    <message>
        <source>kept in batch</source>
        <translation>toplu işte tutulan</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>dondurulmuş</translation>
    </message>
    <message>
        <source>{layer}, unit {number}</source>
        <translation>{layer}, birim {number}</translation>
    </message>
    <message>
        <source>Click or hover a node</source>
        <translation>Bir düğüme tıklayın veya üzerine gelin</translation>
    </message>
    <message>
        <source>w (incoming)</source>
        <translation>w (gelen)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>güncelleme</translation>
    </message>
    <message>
        <source>from {number}</source>
        <translation>{number}. girdiden</translation>
    </message>
</context>
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
        <translation>{step}. adım</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>{step}. adım · {rate} adım/sn</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %Ln step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>Dersin %Ln adımı tamamlandı: eğitime devam etmek için Oynat'a (Boşluk) basın.</numerusform>
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
    <name>Numbers</name>
    <message>
        <source>{number}%</source>
        <translation>%{number}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Save run</source>
        <translation>Çalıştırmayı kaydet</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Çalıştırma aç</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Ders olarak kaydet</translation>
    </message>
    <message>
        <source>netviz runs (*{suffix});;All files (*)</source>
        <translation>netviz çalıştırmaları (*{suffix});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>netviz lessons (*{suffix});;All files (*)</source>
        <translation>netviz dersleri (*{suffix});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} zaten var. Değiştirilsin mi?</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Kaydediliyor</translation>
    </message>
    <message>
        <source>The run is being saved to {path}. Save again once it is written.</source>
        <translation>Çalıştırma {path} konumuna kaydediliyor. Yazıldıktan sonra yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Saving the run to {path}…</source>
        <translation>Çalıştırma {path} konumuna kaydediliyor…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Açılıyor</translation>
    </message>
    <message>
        <source>{path} is being opened. Open another run once it is shown.</source>
        <translation>{path} açılıyor. Gösterildikten sonra başka bir çalıştırma açın.</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} açılıyor…</translation>
    </message>
    <message>
        <source>Open run failed</source>
        <translation>Çalıştırma açılamadı</translation>
    </message>
    <message>
        <source>The run could not be opened.</source>
        <translation>Çalıştırma açılamadı.</translation>
    </message>
    <message>
        <source>The run could not be shown.</source>
        <translation>Çalıştırma gösterilemedi.</translation>
    </message>
    <message numerus="yes">
        <source>Opened {path}: step {step}, %n recorded step(s) on the timeline</source>
        <translation>
            <numerusform>{path} açıldı: adım {step}, zaman çizelgesinde %n kayıtlı adım</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as lesson failed</source>
        <translation>Ders olarak kaydedilemedi</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>Ders kaydedilemedi.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>Ders {path} konumuna kaydedildi</translation>
    </message>
    <message>
        <source>the run could not be captured ({error})</source>
        <translation>çalıştırma yakalanamadı ({error})</translation>
    </message>
    <message>
        <source>Save run failed</source>
        <translation>Çalıştırma kaydedilemedi</translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation>Çalıştırma kaydedilemedi.</translation>
    </message>
    <message>
        <source>Saved the run to {path}</source>
        <translation>Çalıştırma {path} konumuna kaydedildi</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Data set</source>
        <translation>Veri kümesi</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Örnekler</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>örnek</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Gürültü</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Doğrulama payı</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Etkinleştirme</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>etkinleştirme</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Toplu normalleştirme</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>TN</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Dondurulmuş</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>dondurulmuş</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Girdiler</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Çıktılar</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Çıktı katmanı</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Girdi özellikleri</translation>
    </message>
    <message>
        <source>Output layer frozen</source>
        <translation>Çıktı katmanı dondurulmuş</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Başlatıcı</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>Başlatma ölçeği</translation>
    </message>
    <message>
        <source>Initial bias</source>
        <translation>Başlangıç sapması</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>LeakyReLU eğimi</translation>
    </message>
    <message>
        <source>ELU alpha</source>
        <translation>ELU alfa</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Duyarlık</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Tohum</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimize edici</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Öğrenme hızı</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation>Adam epsilon</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>Gradyan kırpma</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>gradyan normu</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Toplu iş boyutu</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Sabır</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Değerlendirme aralığı</translation>
    </message>
    <message>
        <source>Shuffle batches</source>
        <translation>Toplu işleri karıştır</translation>
    </message>
    <message>
        <source>any of {names}</source>
        <translation>şunlardan herhangi biri: {names}</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>açık veya kapalı</translation>
    </message>
    <message>
        <source>any</source>
        <translation>herhangi</translation>
    </message>
    <message>
        <source>changes between steps</source>
        <translation>adımlar arasında değişir</translation>
    </message>
    <message>
        <source>restarts the run</source>
        <translation>çalıştırmayı yeniden başlatır</translation>
    </message>
    <message>
        <source>{label}: {values} (optional); {when}</source>
        <translation>{label}: {values} (isteğe bağlı); {when}</translation>
    </message>
    <message>
        <source>{label}: {values}; {when}</source>
        <translation>{label}: {values}; {when}</translation>
    </message>
</context>
<context>
    <name>SlotErrorGuard</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Bir şeyler ters gitti: {error}</translation>
    </message>
    <message>
        <source>The window may be out of step from here on; restarting netviz is safest.</source>
        <translation>Pencere bundan sonra tutarsız olabilir; netviz'i yeniden başlatmak en güvenlisidir.</translation>
    </message>
    <message>
        <source>netviz: something went wrong</source>
        <translation>netviz: bir şeyler ters gitti</translation>
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
        <translation>Gradyan normu</translation>
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
<context>
    <name>TrainingWorker</name>
    <message>
        <source>training stopped</source>
        <translation>eğitim durdu</translation>
    </message>
    <message>
        <source>the training worker stopped: {error}</source>
        <translation>eğitim iş parçacığı durdu: {error}</translation>
    </message>
</context>
</TS>
