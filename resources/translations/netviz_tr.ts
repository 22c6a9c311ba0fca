<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AccuracyAxis</name>
    <message>
        <source>accuracy % - -</source>
        <translation>doğruluk % - -</translation>
    </message>
</context>
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
    <name>Compare</name>
    <message>
        <source>layers %1</source>
        <translation>katmanlar %1</translation>
    </message>
    <message>
        <source>frozen layers</source>
        <translation>dondurulmuş katmanlar</translation>
    </message>
    <message>
        <source>no frozen layers</source>
        <translation>dondurulmuş katman yok</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>toplu normalleştirme</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>toplu normalleştirme yok</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>öğrenme hızı %1</translation>
    </message>
    <message>
        <source>clipping at %1</source>
        <translation>%1 değerinde kırpma</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>dropout %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Özgün: %1</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Karşılaştır: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Çözüm: %1</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>kırpma yok</translation>
    </message>
    <message>
        <source>no early stopping</source>
        <translation>erken durdurma yok</translation>
    </message>
    <message>
        <source>raw inputs</source>
        <translation>ham girdiler</translation>
    </message>
    <message>
        <source>|dL/dz| 1e%1 to 1e%2</source>
        <translation>|dL/dz| 1e%1 ile 1e%2 arası</translation>
    </message>
    <message>
        <source>activation %1 to %2</source>
        <translation>etkinleştirme %1 ile %2 arası</translation>
    </message>
    <message>
        <source>|%1| up to %2</source>
        <translation>|%1| en çok %2</translation>
    </message>
    <message>
        <source>One colour scale for both sides: %1; edges %2</source>
        <translation>İki taraf için tek renk ölçeği: %1; kenarlar %2</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: %1</source>
        <translation>Karşılaştır: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
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
        <source>Leave compare</source>
        <translation>Karşılaştırmadan çık</translation>
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
        <source>Presentation mode</source>
        <translation>Sunum modu</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>adım %1 / %2</translation>
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
    <name>DataSets</name>
    <message>
        <source>circle</source>
        <translation>daire</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>Gauss bulutları</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>sarmal</translation>
    </message>
    <message>
        <source>reg-plane</source>
        <translation>regresyon: düzlem</translation>
    </message>
    <message>
        <source>reg-gaussian</source>
        <translation>regresyon: Gauss</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>rakamlar</translation>
    </message>
    <message>
        <source>Playground circle: a disc of positives inside a ring of negatives.</source>
        <translation>Playground dairesi: negatif örneklerden bir halkanın içinde pozitif örneklerden bir disk.</translation>
    </message>
    <message>
        <source>Playground XOR: positive where x and y have the same sign.</source>
        <translation>Playground XOR: x ile y'nin işaretinin aynı olduğu yerlerde pozitif.</translation>
    </message>
    <message>
        <source>Playground two Gaussians: positives near (2, 2), negatives near (-2, -2).</source>
        <translation>Playground iki Gauss bulutu: pozitifler (2, 2) yakınında, negatifler (-2, -2) yakınında.</translation>
    </message>
    <message>
        <source>Playground spiral: two interleaved spiral arms, one per class.</source>
        <translation>Playground sarmalı: iç içe geçmiş iki sarmal kol, her sınıfa bir tane.</translation>
    </message>
    <message>
        <source>Playground plane: target (x + y) / 10, a tilted plane.</source>
        <translation>Playground düzlemi: hedef değer (x + y) / 10, eğik bir düzlem.</translation>
    </message>
    <message>
        <source>Playground multi-Gaussian: six bumps of target +1 or -1.</source>
        <translation>Playground çoklu Gauss: hedef değeri +1 ya da -1 olan altı tümsek.</translation>
    </message>
    <message>
        <source>Handwritten digits (UCI): 8x8 pixel images in [0, 1], 10 classes.</source>
        <translation>El yazısı rakamlar (UCI): değerleri [0, 1] aralığında 8x8 piksellik görüntüler, 10 sınıf.</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>ikili sınıflandırma</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresyon</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>çok sınıflı sınıflandırma</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n examples by default)</source>
        <translation>
            <numerusform>%1 (%2, varsayılan olarak %n örnek)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>NaN or Inf in the forward pass (weighted sums or batch-norm statistics)</source>
        <translation>İleri geçişte NaN veya Inf (ağırlıklı toplamlar veya toplu normalleştirme istatistikleri)</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch mean of {layer} (batch norm)</source>
        <translation>{layer} katmanının toplu ortalamasında NaN veya Inf (toplu normalleştirme)</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch variance of {layer} (batch norm)</source>
        <translation>{layer} katmanının toplu varyansında NaN veya Inf (toplu normalleştirme)</translation>
    </message>
    <message>
        <source>NaN or Inf in the running mean of {layer} (batch norm)</source>
        <translation>{layer} katmanının hareketli ortalamasında NaN veya Inf (toplu normalleştirme)</translation>
    </message>
    <message>
        <source>NaN or Inf in the running variance of {layer} (batch norm)</source>
        <translation>{layer} katmanının hareketli varyansında NaN veya Inf (toplu normalleştirme)</translation>
    </message>
    <message>
        <source>NaN or Inf in the weighted sums (z) of {layer}</source>
        <translation>{layer} katmanının ağırlıklı toplamlarında (z) NaN veya Inf</translation>
    </message>
    <message>
        <source>NaN or Inf in the validation loss</source>
        <translation>Doğrulama kaybında NaN veya Inf</translation>
    </message>
</context>
<context>
    <name>Equations</name>
    <message>
        <source>input x%1</source>
        <translation>giriş x%1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, birim %2</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 birim %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more: %1)</source>
        <translation>
            <numerusform>(%n tane daha: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept by dropout at rate %1)</source>
        <translation>(dropout %1 oranında tuttu)</translation>
    </message>
    <message>
        <source>dropped by dropout (rate %1) for this example: out = %2</source>
        <translation>bu örnek için dropout (oran %1) tarafından bırakıldı: out = %2</translation>
    </message>
    <message>
        <source>prediction p = %1, target y = %2</source>
        <translation>tahmin p = %1, hedef y = %2</translation>
    </message>
    <message>
        <source>L = mean of %1 terms (%2) = %3</source>
        <translation>L = %1 terimin ortalaması (%2) = %3</translation>
    </message>
    <message>
        <source>example's term = -sum_k y_k log p_k = %1</source>
        <translation>örneğin terimi = -sum_k y_k log p_k = %1</translation>
    </message>
    <message>
        <source>L = mean of %1 examples' terms (%2) = %3</source>
        <translation>L = %1 örneğin terimlerinin ortalaması (%2) = %3</translation>
    </message>
    <message>
        <source>+ penalty (regularization) = %1</source>
        <translation>+ ceza (düzenlileştirme) = %1</translation>
    </message>
    <message>
        <source>B = %1 examples: cross-entropy is their mean</source>
        <translation>B = %1 örnek: çapraz entropi bunların ortalamasıdır</translation>
    </message>
    <message>
        <source>N = %1 examples x %2 outputs = %3: the loss is the mean of their terms</source>
        <translation>N = %1 örnek x %2 çıkış = %3: kayıp, terimlerinin ortalamasıdır</translation>
    </message>
    <message>
        <source>dropped by dropout for this example: no gradient, dL/dz = %1</source>
        <translation>bu örnek için dropout tarafından bırakıldı: gradyan yok, dL/dz = %1</translation>
    </message>
    <message>
        <source>dead: f'(z) = 0 (z &lt;= 0 on every scanned example): the gradient stops here</source>
        <translation>ölü: f'(z) = 0 (taranan her örnekte z &lt;= 0): gradyan burada durur</translation>
    </message>
    <message>
        <source>z &lt;= 0 on this example: f'(z) = 0, so no gradient passes here for it</source>
        <translation>bu örnekte z &lt;= 0: f'(z) = 0, bu yüzden bu örnek için buradan gradyan geçmez</translation>
    </message>
    <message>
        <source>%1 has batch norm: dL/dlinear_k is its gradient through batch norm</source>
        <translation>%1 toplu normalleştirme içerir: dL/dlinear_k, toplu normalleştirmeden geçen gradyanıdır</translation>
    </message>
    <message>
        <source>through batch norm: %1 (the batch's examples mix)</source>
        <translation>toplu normalleştirmeden geçerek: %1 (batch'in örnekleri karışır)</translation>
    </message>
    <message>
        <source>this step diverged (NaN or Inf): no update was applied</source>
        <translation>bu adım ıraksadı (NaN ya da Inf): güncelleme uygulanmadı</translation>
    </message>
    <message>
        <source>%1 is frozen: its weights and bias do not change (Δw = 0)</source>
        <translation>%1 dondurulmuş: ağırlıkları ve sapması değişmez (Δw = 0)</translation>
    </message>
    <message>
        <source>(w from %1: the strongest incoming weight)</source>
        <translation>(%1 kaynaklı w: en güçlü gelen ağırlık)</translation>
    </message>
    <message>
        <source>Δw is the optimizer's step, not -lr * dL/dw: here dL/dw = %1, lr = %2</source>
        <translation>Δw optimize edicinin adımıdır, -lr * dL/dw değil: burada dL/dw = %1, lr = %2</translation>
    </message>
    <message>
        <source>the gradients were clipped this step (their global norm %1 was over the limit)</source>
        <translation>gradyanlar bu adımda kırpıldı (toplam normları %1 sınırın üzerindeydi)</translation>
    </message>
    <message>
        <source>a summary node: one channel of a convolution, shown by its mean over the channel's positions; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>bir özet düğümü: bir evrişimin bir kanalı, kanalın konumları üzerindeki ortalamasıyla gösterilir; rengi bu konumlar üzerindeki dl/dz'nin RMS'sidir. Onun için birim başına denklem yazılmaz.</translation>
    </message>
    <message>
        <source>a summary node: one dimension of an embedding, shown by its mean over the sequence's tokens; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>bir özet düğümü: bir gömmenin bir boyutu, dizinin belirteçleri üzerindeki ortalamasıyla gösterilir; rengi bu belirteçler üzerindeki dl/dz'nin RMS'sidir. Onun için birim başına denklem yazılmaz.</translation>
    </message>
    <message>
        <source>its edges from %1 are summaries (the RMS of each channel's weights), so the sum over its inputs is not written</source>
        <translation>%1 katmanından gelen kenarları özettir (her kanalın ağırlıklarının RMS'si), bu yüzden girdileri üzerindeki toplam yazılmaz</translation>
    </message>
    <message>
        <source>%1 (example %2 of %3)</source>
        <translation>%1 (örnek %2 / %3)</translation>
    </message>
    <message>
        <source>x%1 = %2: an input, the data itself</source>
        <translation>x%1 = %2: bir giriş, verinin kendisi</translation>
    </message>
    <message>
        <source>inputs are data, not parameters: they get no gradient and no update</source>
        <translation>girişler parametre değil veridir: gradyan ve güncelleme almazlar</translation>
    </message>
    <message>
        <source>not computed yet: the forward pass reaches %1 later</source>
        <translation>henüz hesaplanmadı: ileri geçiş %1 katmanına daha sonra ulaşır</translation>
    </message>
    <message>
        <source>waiting: the backward pass reaches %1 later</source>
        <translation>bekliyor: geri geçiş %1 katmanına daha sonra ulaşır</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>input x%1 - example %2</source>
        <translation>giriş x%1 - örnek %2</translation>
    </message>
    <message>
        <source>%1, unit %2 - example %3</source>
        <translation>%1, birim %2 - örnek %3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>[{bar}] {done}/%n frames {percent}%  {eta} left</source>
        <translation>
            <numerusform>[{bar}] {done}/%n kare %{percent}  {eta} kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>netviz export: {reason}; nothing was written</source>
        <translation>netviz export: {reason}; hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg şunu söyledi:</translation>
    </message>
    <message>
        <source>netviz export: cancelled; nothing was written</source>
        <translation>netviz export: iptal edildi; hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>not: {note}</translation>
    </message>
    <message>
        <source>wrote {summary} in {seconds} s</source>
        <translation>{summary} {seconds} sn'de yazıldı</translation>
    </message>
    <message>
        <source>training {name} up to step {step}</source>
        <translation>{name} {step}. adıma kadar eğitiliyor</translation>
    </message>
    <message numerus="yes">
        <source>%n frames to {path}</source>
        <translation>
            <numerusform>{path} konumuna %n kare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames, {size}, {seconds} s at {fps} fps</source>
        <translation>
            <numerusform>%n kare, {size}, {fps} fps'de {seconds} sn</numerusform>
        </translation>
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
        <source>w, RMS of the kernel</source>
        <translation>w, çekirdeğin RMS'si</translation>
    </message>
    <message>
        <source>dL/dw, RMS</source>
        <translation>dL/dw, RMS</translation>
    </message>
    <message>
        <source>update, RMS</source>
        <translation>güncelleme, RMS</translation>
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
    <message>
        <source>{layer}, channel {number}</source>
        <translation>{layer}, kanal {number}</translation>
    </message>
    <message>
        <source>{layer}, dimension {number}</source>
        <translation>{layer}, boyut {number}</translation>
    </message>
    <message>
        <source>One filter of a convolution; its positions are the pixels of its feature map.</source>
        <translation>Bir evrişimin bir filtresi; konumları, öznitelik haritasının pikselleridir.</translation>
    </message>
    <message>
        <source>One dimension of an embedding; its positions are the tokens of the sequence.</source>
        <translation>Bir gömmenin bir boyutu; konumları, dizinin belirteçleridir.</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 at every position of every training example</source>
        <translation>evet: her eğitim örneğinin her konumunda z &lt;= 0</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest at every position of every training example</source>
        <translation>evet: her eğitim örneğinin her konumunda f'(z) &lt; en büyük değerinin yüzde 1'i</translation>
    </message>
    <message>
        <source>z, mean over positions (example {number})</source>
        <translation>z, konumlar üzerinden ortalama (örnek {number})</translation>
    </message>
    <message>
        <source>z, mean over positions and batch</source>
        <translation>z, konumlar ve toplu iş üzerinden ortalama</translation>
    </message>
    <message>
        <source>a, mean over positions (example {number})</source>
        <translation>a, konumlar üzerinden ortalama (örnek {number})</translation>
    </message>
    <message>
        <source>dL/dz, RMS over positions (example {number})</source>
        <translation>dL/dz, konumlar üzerinden RMS (örnek {number})</translation>
    </message>
    <message>
        <source>RMS of dl/dz over positions, batch mean (the colour)</source>
        <translation>konumlar üzerinden dl/dz RMS'si, toplu iş ortalaması (renk)</translation>
    </message>
    <message>
        <source>gradient norm of the layer (the bar)</source>
        <translation>katmanın gradyan normu (çubuk)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>This lesson has no text in %1; it is shown in English.</source>
        <translation>Bu dersin %1 metni yok; İngilizce gösteriliyor.</translation>
    </message>
    <message>
        <source>{lesson} on {data}</source>
        <translation>{lesson}, {data} üzerinde</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <source>%1 (your lesson)</source>
        <translation>%1 (kendi dersiniz)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n lesson file(s) that did not load: %1</source>
        <translation>
            <numerusform>Yüklenemeyen %n ders dosyası atlandı: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ders aç</translation>
    </message>
    <message>
        <source>netviz lessons (*.toml);;All files (*)</source>
        <translation>netviz dersleri (*.toml);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>This lesson file cannot be used:</source>
        <translation>Bu ders dosyası kullanılamıyor:</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Veri aç</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>This CSV file cannot be used:</source>
        <translation>Bu CSV dosyası kullanılamıyor:</translation>
    </message>
    <message>
        <source>The column the network predicts (the target):</source>
        <translation>Ağın tahmin ettiği sütun (hedef):</translation>
    </message>
    <message>
        <source>The lesson cannot train on this data:</source>
        <translation>Ders bu verilerle eğitilemiyor:</translation>
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
        <source>Step %1, pinned and settled. Press A to animate it phase by phase, L to follow the newest step.</source>
        <translation>Adım %1, sabitlenmiş ve tamamlanmış. Aşama aşama canlandırmak için A'ya, en yeni adımı izlemek için L'ye basın.</translation>
    </message>
    <message>
        <source>Computing step {step}…</source>
        <translation>{step}. adım hesaplanıyor…</translation>
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
        <source>Open lesson…</source>
        <translation>Ders aç…</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Veri aç…</translation>
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
        <source>Compare with the fix</source>
        <translation>Çözümle karşılaştır</translation>
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
        <source>Compare with fix</source>
        <translation>Bir çözümle karşılaştır</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>This lesson has no fix</source>
        <translation>Bu dersin çözümü yok</translation>
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
    <name>Picture</name>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n girdi kanalı</numerusform>
        </translation>
    </message>
    <message>
        <source>token ids</source>
        <translation>belirteç kimlikleri</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n giriş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convolution, %n channels</source>
        <translation>
            <numerusform>evrişim, %n kanal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>embedding, %n dimensions</source>
        <translation>
            <numerusform>gömme, %n boyut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 output, %2</source>
        <translation>%1 çıkış, %2</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>ikili çapraz entropi</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>çapraz entropi</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>ortalama kare hata</translation>
    </message>
    <message>
        <source>squared error / 2</source>
        <translation>kare hata / 2</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>girişi</translation>
    </message>
    <message numerus="yes">
        <source>the %n inputs</source>
        <translation>
            <numerusform>%n girişi</numerusform>
        </translation>
    </message>
    <message>
        <source>the outputs of %1</source>
        <translation>%1 çıkışlarını</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 birimi</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n birimi</numerusform>
        </translation>
    </message>
    <message>
        <source>sigmoid turns z into the predicted probability</source>
        <translation>sigmoid z'yi tahmin edilen olasılığa çevirir</translation>
    </message>
    <message>
        <source>softmax turns the z of all outputs into class probabilities</source>
        <translation>softmax tüm çıkışların z değerlerini sınıf olasılıklarına çevirir</translation>
    </message>
    <message>
        <source>z itself is the prediction</source>
        <translation>tahmin z'nin kendisidir</translation>
    </message>
    <message>
        <source>tanh turns z into the prediction, between -1 and +1 (the labels)</source>
        <translation>tanh z'yi -1 ile +1 (etiketler) arasında bir tahmine çevirir</translation>
    </message>
    <message numerus="yes">
        <source>Batch norm: %1 normalises each unit's weighted sum over the batch of %n examples (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</source>
        <translation>
            <numerusform>Toplu normalleştirme: %1, her birimin ağırlıklı toplamını %n örneklik batch üzerinde normalleştirir (batch ortalamasını çıkarır, batch standart sapmasına böler), gamma ile ölçekler ve beta kadar kaydırır; sonra %2 a = f(z) verir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward pass: the output layer takes %1 and computes z = W·a + b for its %2; %3.</source>
        <translation>İleri geçiş: çıkış katmanı %1 alır ve %2 için z = W·a + b hesaplar; %3.</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes the weighted sums W·a + b of its %3; batch norm comes next.</source>
        <translation>İleri geçiş: %1, %2 alır ve %3 için ağırlıklı toplamları W·a + b hesaplar; ardından toplu normalleştirme gelir.</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then keeps z as it is (linear).</source>
        <translation>İleri geçiş: %1, %2 alır ve %3 için z = W·a + b hesaplar, sonra z'yi olduğu gibi bırakır (doğrusal).</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then %4.</source>
        <translation>İleri geçiş: %1, %2 alır ve %3 için z = W·a + b hesaplar, sonra %4 uygular.</translation>
    </message>
    <message>
        <source>Forward pass: %1 is a convolution: each of its filters slides over its input; one node per channel shows the channel's mean over its positions.</source>
        <translation>İleri geçiş: %1 bir evrişimdir: her filtresi girdisi üzerinde kayar; kanal başına bir düğüm, kanalın konumları üzerindeki ortalamasını gösterir.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, a convolution drawn as one node per channel: each node's colour is the RMS of dl/dz over the channel's positions (batch mean), its bar the gradient norm of its filters.</source>
        <translation>Geri geçiş: gradyan, kanal başına bir düğümle çizilen bir evrişim olan %1 katmanına geri akar: her düğümün rengi, kanalın konumları üzerindeki dl/dz'nin RMS'sidir (yığın ortalaması), çubuğu ise filtrelerinin gradyan normudur.</translation>
    </message>
    <message>
        <source>Forward pass: %1 is an embedding: it looks up a vector for each token; one node per dimension shows its mean over the tokens.</source>
        <translation>İleri geçiş: %1 bir gömmedir: her belirteç için bir vektör arar; boyut başına bir düğüm, belirteçler üzerindeki ortalamasını gösterir.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, an embedding drawn as one node per dimension: each node's colour is the RMS of dl/dz over the tokens (batch mean), its bar the gradient norm of its table.</source>
        <translation>Geri geçiş: gradyan, boyut başına bir düğümle çizilen bir gömme olan %1 katmanına geri akar: her düğümün rengi, belirteçler üzerindeki dl/dz'nin RMS'sidir (yığın ortalaması), çubuğu ise tablosunun gradyan normudur.</translation>
    </message>
    <message>
        <source>1 of its units is dead (z &lt;= 0 on every example scanned), so it outputs 0.</source>
        <translation>Birimlerinden 1'i ölü (taranan her örnekte z &lt;= 0), bu yüzden 0 çıkışı verir.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its units are dead (z &lt;= 0 on every example scanned), so they output 0.</source>
        <translation>
            <numerusform>Birimlerinden %n tanesi ölü (taranan her örnekte z &lt;= 0), bu yüzden 0 çıkışı verirler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3 and scales the others by %4.</source>
        <translation>Dropout (oran %1), örnek %3 için %5 içinden %2 tanesini çıkarır ve diğerlerini %4 ile ölçekler.</translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3.</source>
        <translation>Dropout (oran %1), örnek %3 için %5 içinden %2 tanesini çıkarır.</translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples: L = %2.</source>
        <translation>
            <numerusform>Kayıp: tahmin hedefle %1 ile karşılaştırılır, %n örnek üzerinden ortalanır: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x 1 output: L = %2.</source>
        <translation>
            <numerusform>Kayıp: tahmin hedefle %1 ile karşılaştırılır, %n örnek x 1 çıkış üzerinden ortalanır: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x %3 outputs: L = %2.</source>
        <translation>
            <numerusform>Kayıp: tahmin hedefle %1 ile karşılaştırılır, %n örnek x %3 çıkış üzerinden ortalanır: L = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The regularization penalty %1 is added to it.</source>
        <translation>Buna düzenlileştirme cezası %1 eklenir.</translation>
    </message>
    <message>
        <source>Backward pass: the loss's gradient enters the output layer: dL/dz = %1 for each output of each example (the loss is a mean, hence the division).</source>
        <translation>Geri geçiş: kaybın gradyanı çıkış katmanına girer: her örneğin her çıkışı için dL/dz = %1 (kayıp bir ortalamadır, bölme bundandır).</translation>
    </message>
    <message>
        <source>1 of its channels is dead (z &lt;= 0 at every position of every example) and passes no gradient.</source>
        <translation>Kanallarından 1'i ölü (her örneğin her konumunda z &lt;= 0) ve hiç gradyan geçirmiyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its channels are dead (z &lt;= 0 at every position of every example) and pass no gradient.</source>
        <translation>
            <numerusform>Kanallarından %n tanesi ölü (her örneğin her konumunda z &lt;= 0) ve hiç gradyan geçirmiyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 (linear)</source>
        <translation>1 (doğrusal)</translation>
    </message>
    <message>
        <source>%1's slope f'(z)</source>
        <translation>%1 eğimi f'(z)</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2 (through %1's batch norm): each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>Geri geçiş: gradyan %1 → %2 yönünde geri akar (%1 toplu normalleştirmesinden geçerek): her birim giden kenarları üzerinden w·dL/dz toplar ve %3 ile çarpar.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2: each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>Geri geçiş: gradyan %1 → %2 yönünde geri akar: her birim giden kenarları üzerinden w·dL/dz toplar ve %3 ile çarpar.</translation>
    </message>
    <message>
        <source>Its dead unit (f'(z) = 0) stops the gradient: nothing flows through it.</source>
        <translation>Ölü birimi (f'(z) = 0) gradyanı durdurur: içinden hiçbir şey akmaz.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through them.</source>
        <translation>
            <numerusform>%n ölü birimi (f'(z) = 0) gradyanı durdurur: içlerinden hiçbir şey akmaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit dropped for example %1 gets no gradient.</source>
        <translation>Örnek %1 için bırakılan birim gradyan almaz.</translation>
    </message>
    <message numerus="yes">
        <source>%n units dropped for example %1 get no gradient.</source>
        <translation>
            <numerusform>Örnek %1 için bırakılan %n birim gradyan almaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own batch norm then passes the gradient to the weighted sums, mixing the batch's examples.</source>
        <translation>Ardından kendi toplu normalleştirmesi gradyanı ağırlıklı toplamlara iletir ve batch'in örneklerini karıştırır.</translation>
    </message>
    <message>
        <source>Update: none. This step diverged (NaN or Inf), so the weights stay as they were.</source>
        <translation>Güncelleme: yok. Bu adım ıraksadı (NaN ya da Inf), bu yüzden ağırlıklar olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Update: every weight and bias moves against its gradient by the learning rate %1 times dL/dw: w &lt;- w - lr·dL/dw.</source>
        <translation>Güncelleme: her ağırlık ve sapma, gradyanının tersine öğrenme hızı %1 çarpı dL/dw kadar hareket eder: w &lt;- w - lr·dL/dw.</translation>
    </message>
    <message>
        <source>Update: the optimizer moves every weight and bias (learning rate %1); its step is not simply -lr·dL/dw: it also uses earlier steps (momentum, Adam) or clipping.</source>
        <translation>Güncelleme: optimize edici her ağırlığı ve sapmayı hareket ettirir (öğrenme hızı %1); adımı yalnızca -lr·dL/dw değildir: önceki adımları (momentum, Adam) ya da kırpmayı da kullanır.</translation>
    </message>
    <message>
        <source>Update: nothing changes this step.</source>
        <translation>Güncelleme: bu adımda hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>The gradients were clipped: their norm %1 was over the limit.</source>
        <translation>Gradyanlar kırpıldı: normları %1 sınırın üzerindeydi.</translation>
    </message>
    <message>
        <source>Frozen, so unchanged: %1.</source>
        <translation>Dondurulmuş, bu yüzden değişmedi: %1.</translation>
    </message>
    <message>
        <source>Forward: %1</source>
        <translation>İleri: %1</translation>
    </message>
    <message>
        <source>Batch norm: %1</source>
        <translation>Toplu norm.: %1</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>Geri: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Güncelleme</translation>
    </message>
    <message>
        <source>Diverged at step %1: NaN or Inf in the loss or the gradients.</source>
        <translation>Adım %1'de ıraksadı: kayıpta ya da gradyanlarda NaN veya Inf.</translation>
    </message>
    <message>
        <source>Try: %1.</source>
        <comment>the fixes, after why training stopped</comment>
        <translation>Deneyin: %1.</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>gizli %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>giriş</translation>
    </message>
    <message>
        <source>output</source>
        <translation>çıkış</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Computational graph: %1</source>
        <translation>Hesaplama grafiği: %1</translation>
    </message>
    <message>
        <source>each box: value, then dL/d(value)</source>
        <translation>her kutu: değer, sonra dL/d(değer)</translation>
    </message>
    <message numerus="yes">
        <source>("more" stands for %n more inputs)</source>
        <translation>
            <numerusform>("daha" %n giriş daha anlamına gelir)</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>donmuş</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>toplu norm.</translation>
    </message>
    <message>
        <source>dead unit</source>
        <translation>ölü birim</translation>
    </message>
    <message>
        <source>saturated unit</source>
        <translation>doygun birim</translation>
    </message>
    <message>
        <source>dropped this step</source>
        <translation>bu adımda bırakıldı</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>değer yok</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negatif</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>pozitif</translation>
    </message>
    <message>
        <source>prediction %1</source>
        <translation>tahmin %1</translation>
    </message>
    <message>
        <source>vs target %1</source>
        <translation>hedef %1</translation>
    </message>
    <message>
        <source>predicted class %1 (%2)</source>
        <translation>tahmin edilen sınıf %1 (%2)</translation>
    </message>
    <message>
        <source>vs target class %1</source>
        <translation>hedef sınıf %1</translation>
    </message>
    <message>
        <source>→ loss %1 (this example)</source>
        <translation>→ kayıp %1 (bu örnek)</translation>
    </message>
    <message>
        <source>batch mean %1</source>
        <translation>batch ortalaması %1</translation>
    </message>
    <message>
        <source>→ loss %1</source>
        <translation>→ kayıp %1</translation>
    </message>
    <message>
        <source>+ penalty %1</source>
        <translation>+ ceza %1</translation>
    </message>
    <message>
        <source>Bar and number under each layer: its gradient norm (same log scale)</source>
        <translation>Her katmanın altındaki çubuk ve sayı: gradyan normu (aynı log ölçeği)</translation>
    </message>
    <message>
        <source>h%1</source>
        <comment>a hidden layer's number, where its name does not fit</comment>
        <translation>g%1</translation>
    </message>
    <message>
        <source>in</source>
        <comment>the input column, where its name does not fit</comment>
        <translation>gir</translation>
    </message>
    <message>
        <source>out</source>
        <comment>the output column, where its name does not fit</comment>
        <translation>çık</translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 dead</source>
        <translation>
            <numerusform>%n/%1 ölü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n ölü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>dead units, where the word does not fit</comment>
        <translation>
            <numerusform>%n ö</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 saturated</source>
        <translation>
            <numerusform>%n/%1 doygun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n doygun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sat.</source>
        <comment>saturated units, where the word does not fit</comment>
        <translation>
            <numerusform>%n doy.</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the %1 strongest of %2 edges; the rest as a grey band</source>
        <translation>%2 kenarın en güçlü %1 tanesi gösteriliyor; kalanı gri bir bant</translation>
    </message>
    <message>
        <source>Nodes: output map</source>
        <translation>Düğümler: çıkış haritası</translation>
    </message>
    <message>
        <source>over the input plane, per layer</source>
        <translation>giriş düzlemi üzerinde, katman başına</translation>
    </message>
    <message>
        <source>Nodes: gradient</source>
        <translation>Düğümler: gradyan</translation>
    </message>
    <message>
        <source>|dl/dz| per example</source>
        <translation>örnek başına |dl/dz|</translation>
    </message>
    <message>
        <source>Nodes: activation</source>
        <translation>Düğümler: etkinleştirme</translation>
    </message>
    <message>
        <source>mean over the batch</source>
        <translation>batch üzerinden ortalama</translation>
    </message>
    <message>
        <source>Edges: weight W</source>
        <translation>Kenarlar: ağırlık W</translation>
    </message>
    <message>
        <source>Edges: gradient dL/dW</source>
        <translation>Kenarlar: gradyan dL/dW</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>adım %1</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>kayıp %1</translation>
    </message>
    <message>
        <source>val %1</source>
        <comment>the validation loss</comment>
        <translation>doğr. %1</translation>
    </message>
    <message>
        <source>accuracy %1 (val %2)</source>
        <translation>doğruluk %1, doğr. %2</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>doğruluk %1</translation>
    </message>
    <message>
        <source>val accuracy %1</source>
        <translation>doğr. doğruluğu %1</translation>
    </message>
</context>
<context>
    <name>Playground</name>
    <message>
        <source>input %1</source>
        <translation>giriş %1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, birim %2</translation>
    </message>
    <message>
        <source>%1
w = %2 · dL/dW = %3
Click to set the weight</source>
        <translation>%1
w = %2 · dL/dW = %3
Ağırlığı ayarlamak için tıklayın</translation>
    </message>
    <message>
        <source>Weight set: training goes on from it</source>
        <translation>Ağırlık ayarlandı: eğitim buradan devam ediyor</translation>
    </message>
</context>
<context>
    <name>PlaygroundPanel</name>
    <message>
        <source>Data and features</source>
        <translation>Veri ve özellikler</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Yeniden üret</translation>
    </message>
    <message>
        <source>New data from a new seed (the weights start anew too)</source>
        <translation>Yeni bir tohumdan yeni veri (ağırlıklar da baştan başlar)</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Girdi özellikleri</translation>
    </message>
    <message>
        <source>Feed the network %1 as an input</source>
        <translation>Ağa %1 özelliğini girdi olarak ver</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Çıktıyı ayrıklaştır</translation>
    </message>
    <message>
        <source>The decision boundary in two colours: which class each point of the plane falls in</source>
        <translation>Karar sınırı iki renkte: düzlemin her noktasının hangi sınıfa düştüğü</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Test verisini göster</translation>
    </message>
    <message>
        <source>The validation points (triangles) on the decision boundary</source>
        <translation>Karar sınırı üzerindeki doğrulama noktaları (üçgenler)</translation>
    </message>
</context>
<context>
    <name>RecordingFrames</name>
    <message>
        <source>A NaN or Inf appeared in this step's loss or gradients.</source>
        <translation>Bu adımın kaybında ya da gradyanlarında NaN veya Inf çıktı.</translation>
    </message>
</context>
<context>
    <name>RecordingWindow</name>
    <message>
        <source>Recorded step:</source>
        <translation>Kaydedilen adım:</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>Waiting for the first recorded step…</source>
        <translation>İlk kaydedilen adım bekleniyor…</translation>
    </message>
    <message>
        <source>Live from PyTorch: %1</source>
        <translation>PyTorch'tan canlı: %1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1</source>
        <translation>PyTorch'tan kaydedildi: %1</translation>
    </message>
    <message>
        <source>netviz: %1</source>
        <translation>netviz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded step(s)</source>
        <translation>
            <numerusform>%n adım kaydedildi</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>henüz yok</translation>
    </message>
    <message>
        <source>step %1 (%2 of %3)</source>
        <translation>adım %1 (%2 / %3)</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n step(s) received</source>
        <translation>
            <numerusform>Canlı: %n adım alındı</numerusform>
        </translation>
    </message>
    <message>
        <source>The live link sent a damaged message; no more steps are read: %1</source>
        <translation>Canlı bağlantı bozuk bir ileti gönderdi; artık adım okunmuyor: %1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1 (the script has ended)</source>
        <translation>PyTorch'tan kaydedildi: %1 (betik sona erdi)</translation>
    </message>
    <message numerus="yes">
        <source>The script has ended: %n step(s) received</source>
        <translation>
            <numerusform>Betik sona erdi: %n adım alındı</numerusform>
        </translation>
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
        <source>Opened %1 in its own window: a recorded run of %2</source>
        <translation>%1 kendi penceresinde açıldı: %2 modelinin kaydedilmiş bir çalıştırması</translation>
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
    <name>StopReason</name>
    <message>
        <source>Diverged at step %1: %2.</source>
        <comment>the step, then why (already translated)</comment>
        <translation>%1. adımda ıraksadı: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Early stopping at step %1: no better validation loss for %n step(s); restored the weights of step %2 (validation loss %3).</source>
        <translation>
            <numerusform>%1. adımda erken durdurma: %n adımdır daha iyi bir doğrulama kaybı yok; %2. adımın ağırlıkları geri yüklendi (doğrulama kaybı %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>layer</source>
        <translation>katman</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>grad norm (first)</source>
        <translation>grad. normu (ilk)</translation>
    </message>
    <message>
        <source>grad norm (last)</source>
        <translation>grad. normu (son)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>ölü</translation>
    </message>
    <message>
        <source>, accuracy %1 (batch)</source>
        <translation>, doğruluk %1 (batch)</translation>
    </message>
    <message>
        <source>, validation accuracy %1</source>
        <translation>, doğrulama doğruluğu %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>%1  (fixes: %2)</source>
        <translation>%1  (düzeltmeler: %2)</translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation>, doğrulama kaybı %1</translation>
    </message>
    <message>
        <source>after 1 step: loss %1</source>
        <translation>1 adımdan sonra: kayıp %1</translation>
    </message>
    <message numerus="yes">
        <source>after %n steps: loss %1</source>
        <translation>
            <numerusform>%n adımdan sonra: kayıp %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no step trained</source>
        <translation>hiç adım eğitilmedi</translation>
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
    <message numerus="yes">
        <source>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n step(s); the faint lines behind are every step's norm</source>
        <translation>
            <numerusform>Katman başına gradyan normu: ilk gizli katman koyu, çıktı parlak. Her çizgi yaklaşık son %n adımın ortalamasıdır; arkadaki soluk çizgiler her adımın normudur</numerusform>
        </translation>
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
<context>
    <name>WeightEditor</name>
    <message>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <source>Click an edge to set its weight</source>
        <translation>Ağırlığını ayarlamak için bir kenara tıklayın</translation>
    </message>
    <message>
        <source>The focused unit's incoming weights</source>
        <translation>Seçili birimin gelen ağırlıkları</translation>
    </message>
    <message>
        <source>The new weight: applied between two steps, and training goes on from it</source>
        <translation>Yeni ağırlık: iki adım arasında uygulanır ve eğitim buradan devam eder</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ayarla</translation>
    </message>
    <message>
        <source>w = %1 · dL/dW = %2</source>
        <translation>w = %1 · dL/dW = %2</translation>
    </message>
</context>
</TS>
