<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccuracyAxis</name>
    <message>
        <source>accuracy % - -</source>
        <translation>Genauigkeit % - -</translation>
    </message>
</context>
<context>
    <name>AnimationPanel</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>previous step  [</source>
        <translation>voriger Schritt  [</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>previous phase  ← or ,</source>
        <translation>vorige Phase  ← oder ,</translation>
    </message>
    <message>
        <source>next phase  → or .</source>
        <translation>nächste Phase  → oder .</translation>
    </message>
    <message>
        <source>next step  ]</source>
        <translation>nächster Schritt  ]</translation>
    </message>
    <message>
        <source>play the phases of this step: forward, loss, backward, update  (A)</source>
        <translation>die Phasen dieses Schritts abspielen: vorwärts, Verlust, rückwärts, Aktualisierung  (A)</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>{factor}x</source>
        <translation>{factor}×</translation>
    </message>
    <message>
        <source>teach</source>
        <translation>Lehren</translation>
    </message>
    <message>
        <source>pause after each phase  (T)</source>
        <translation>nach jeder Phase anhalten  (T)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>while training runs, animate every k-th step</source>
        <translation>während das Training läuft, jeden k-ten Schritt animieren</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>expand the focused node into its computational graph  (G)</source>
        <translation>den gewählten Knoten zu seinem Berechnungsgraphen aufklappen  (G)</translation>
    </message>
    <message>
        <source>scrub through the recorded steps</source>
        <translation>durch die aufgezeichneten Schritte blättern</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>follow the newest step  (L)</source>
        <translation>dem neuesten Schritt folgen  (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Animate step</source>
        <translation>Schritt animieren</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>noch keine Schritte</translation>
    </message>
    <message>
        <source>step {shown} of {last} (from {first})</source>
        <translation>Schritt {shown} von {last} (ab {first})</translation>
    </message>
    <message>
        <source>step {shown} of {last}</source>
        <translation>Schritt {shown} von {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) (from {first})</source>
        <translation>
            <numerusform>%n Schritt (ab {first})</numerusform>
            <numerusform>%n Schritte (ab {first})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>layers %1</source>
        <translation>Schichten %1</translation>
    </message>
    <message>
        <source>frozen layers</source>
        <translation>eingefrorene Schichten</translation>
    </message>
    <message>
        <source>no frozen layers</source>
        <translation>keine eingefrorenen Schichten</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batchnormalisierung</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>keine Batchnormalisierung</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>Lernrate %1</translation>
    </message>
    <message>
        <source>clipping at %1</source>
        <translation>Begrenzung auf %1</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>Dropout %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>no early stopping</source>
        <translation>kein frühes Stoppen</translation>
    </message>
    <message>
        <source>raw inputs</source>
        <translation>rohe Eingaben</translation>
    </message>
    <message>
        <source>|dL/dz| 1e%1 to 1e%2</source>
        <translation>|dL/dz| 1e%1 bis 1e%2</translation>
    </message>
    <message>
        <source>activation %1 to %2</source>
        <translation>Aktivierung %1 bis %2</translation>
    </message>
    <message>
        <source>|%1| up to %2</source>
        <translation>|%1| bis %2</translation>
    </message>
    <message>
        <source>One colour scale for both sides: %1; edges %2</source>
        <translation>Eine Farbskala für beide Seiten: %1; Kanten %2</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>Vergleich verlassen</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>Einzelschritt</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>output map</source>
        <translation>Ausgabekarte</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>adapting</source>
        <translation>anpassend</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ Schicht</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− Schicht</translation>
    </message>
    <message>
        <source>clip at</source>
        <translation>begrenzen auf</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Watch: {watch}</source>
        <translation>Achten Sie auf: {watch}</translation>
    </message>
    <message>
        <source>Compare: {fix}</source>
        <translation>Vergleich: {fix}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Abhilfe: {fix}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
</context>
<context>
    <name>DataSets</name>
    <message>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>Gauß-Wolken</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>reg-plane</source>
        <translation>Regression: Ebene</translation>
    </message>
    <message>
        <source>reg-gaussian</source>
        <translation>Regression: Gauß</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>Playground circle: a disc of positives inside a ring of negatives.</source>
        <translation>Playground-Kreis: eine Scheibe positiver Beispiele in einem Ring negativer Beispiele.</translation>
    </message>
    <message>
        <source>Playground XOR: positive where x and y have the same sign.</source>
        <translation>Playground-XOR: positiv, wo x und y dasselbe Vorzeichen haben.</translation>
    </message>
    <message>
        <source>Playground two Gaussians: positives near (2, 2), negatives near (-2, -2).</source>
        <translation>Playground, zwei Gauß-Wolken: positive Beispiele um (2, 2), negative um (-2, -2).</translation>
    </message>
    <message>
        <source>Playground spiral: two interleaved spiral arms, one per class.</source>
        <translation>Playground-Spirale: zwei ineinander verschlungene Spiralarme, einer je Klasse.</translation>
    </message>
    <message>
        <source>Playground plane: target (x + y) / 10, a tilted plane.</source>
        <translation>Playground-Ebene: Zielwert (x + y) / 10, eine geneigte Ebene.</translation>
    </message>
    <message>
        <source>Playground multi-Gaussian: six bumps of target +1 or -1.</source>
        <translation>Playground, mehrere Gauß-Hügel: sechs Hügel mit dem Zielwert +1 oder -1.</translation>
    </message>
    <message>
        <source>Handwritten digits (UCI): 8x8 pixel images in [0, 1], 10 classes.</source>
        <translation>Handgeschriebene Ziffern (UCI): Bilder aus 8x8 Pixeln mit Werten in [0, 1], 10 Klassen.</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binäre Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>Klassifikation mit mehreren Klassen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n examples by default)</source>
        <translation>
            <numerusform>%1 (%2, standardmäßig %n Beispiel)</numerusform>
            <numerusform>%1 (%2, standardmäßig %n Beispiele)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>NaN or Inf in the forward pass (weighted sums or batch-norm statistics)</source>
        <translation>NaN oder Inf im Vorwärtsdurchlauf (gewichtete Summen oder Batchnormalisierungs-Statistiken)</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch mean of {layer} (batch norm)</source>
        <translation>NaN oder Inf im Batch-Mittelwert von {layer} (Batchnormalisierung)</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch variance of {layer} (batch norm)</source>
        <translation>NaN oder Inf in der Batch-Varianz von {layer} (Batchnormalisierung)</translation>
    </message>
    <message>
        <source>NaN or Inf in the running mean of {layer} (batch norm)</source>
        <translation>NaN oder Inf im laufenden Mittelwert von {layer} (Batchnormalisierung)</translation>
    </message>
    <message>
        <source>NaN or Inf in the running variance of {layer} (batch norm)</source>
        <translation>NaN oder Inf in der laufenden Varianz von {layer} (Batchnormalisierung)</translation>
    </message>
    <message>
        <source>NaN or Inf in the weighted sums (z) of {layer}</source>
        <translation>NaN oder Inf in den gewichteten Summen (z) von {layer}</translation>
    </message>
    <message>
        <source>NaN or Inf in the validation loss</source>
        <translation>NaN oder Inf im Validierungsverlust</translation>
    </message>
</context>
<context>
    <name>Equations</name>
    <message>
        <source>input x%1</source>
        <translation>Eingabe x%1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, Einheit %2</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 Einheit %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more: %1)</source>
        <translation>
            <numerusform>(%n weiterer: %1)</numerusform>
            <numerusform>(%n weitere: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept by dropout at rate %1)</source>
        <translation>(von Dropout mit Rate %1 behalten)</translation>
    </message>
    <message>
        <source>dropped by dropout (rate %1) for this example: out = %2</source>
        <translation>für dieses Beispiel von Dropout (Rate %1) verworfen: out = %2</translation>
    </message>
    <message>
        <source>prediction p = %1, target y = %2</source>
        <translation>Vorhersage p = %1, Ziel y = %2</translation>
    </message>
    <message>
        <source>L = mean of %1 terms (%2) = %3</source>
        <translation>L = Mittel aus %1 Termen (%2) = %3</translation>
    </message>
    <message>
        <source>example's term = -sum_k y_k log p_k = %1</source>
        <translation>Term des Beispiels = -sum_k y_k log p_k = %1</translation>
    </message>
    <message>
        <source>L = mean of %1 examples' terms (%2) = %3</source>
        <translation>L = Mittel der Terme von %1 Beispielen (%2) = %3</translation>
    </message>
    <message>
        <source>+ penalty (regularization) = %1</source>
        <translation>+ Strafterm (Regularisierung) = %1</translation>
    </message>
    <message>
        <source>B = %1 examples: cross-entropy is their mean</source>
        <translation>B = %1 Beispiele: Die Kreuzentropie ist ihr Mittel</translation>
    </message>
    <message>
        <source>N = %1 examples x %2 outputs = %3: the loss is the mean of their terms</source>
        <translation>N = %1 Beispiele x %2 Ausgaben = %3: Der Verlust ist das Mittel ihrer Terme</translation>
    </message>
    <message>
        <source>dropped by dropout for this example: no gradient, dL/dz = %1</source>
        <translation>für dieses Beispiel von Dropout verworfen: kein Gradient, dL/dz = %1</translation>
    </message>
    <message>
        <source>dead: f'(z) = 0 (z &lt;= 0 on every scanned example): the gradient stops here</source>
        <translation>tot: f'(z) = 0 (z &lt;= 0 bei jedem geprüften Beispiel): Der Gradient endet hier</translation>
    </message>
    <message>
        <source>z &lt;= 0 on this example: f'(z) = 0, so no gradient passes here for it</source>
        <translation>z &lt;= 0 bei diesem Beispiel: f'(z) = 0, daher passiert hier für es kein Gradient</translation>
    </message>
    <message>
        <source>%1 has batch norm: dL/dlinear_k is its gradient through batch norm</source>
        <translation>%1 hat Batchnormalisierung: dL/dlinear_k ist ihr Gradient durch die Batchnormalisierung</translation>
    </message>
    <message>
        <source>through batch norm: %1 (the batch's examples mix)</source>
        <translation>durch die Batchnormalisierung: %1 (die Beispiele des Batches mischen sich)</translation>
    </message>
    <message>
        <source>this step diverged (NaN or Inf): no update was applied</source>
        <translation>dieser Schritt ist divergiert (NaN oder Inf): Es wurde nichts aktualisiert</translation>
    </message>
    <message>
        <source>%1 is frozen: its weights and bias do not change (Δw = 0)</source>
        <translation>%1 ist eingefroren: Ihre Gewichte und ihr Bias ändern sich nicht (Δw = 0)</translation>
    </message>
    <message>
        <source>(w from %1: the strongest incoming weight)</source>
        <translation>(w von %1: das stärkste eingehende Gewicht)</translation>
    </message>
    <message>
        <source>Δw is the optimizer's step, not -lr * dL/dw: here dL/dw = %1, lr = %2</source>
        <translation>Δw ist der Schritt des Optimierers, nicht -lr * dL/dw: hier dL/dw = %1, lr = %2</translation>
    </message>
    <message>
        <source>the gradients were clipped this step (their global norm %1 was over the limit)</source>
        <translation>die Gradienten wurden in diesem Schritt begrenzt (ihre Gesamtnorm %1 lag über der Grenze)</translation>
    </message>
    <message>
        <source>a summary node: one channel of a convolution, shown by its mean over the channel's positions; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>ein Zusammenfassungsknoten: ein Kanal einer Faltung, gezeigt durch seinen Mittelwert über die Positionen des Kanals; seine Farbe ist der RMS von dl/dz über sie. Für ihn wird keine Gleichung je Einheit geschrieben.</translation>
    </message>
    <message>
        <source>a summary node: one dimension of an embedding, shown by its mean over the sequence's tokens; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>ein Zusammenfassungsknoten: eine Dimension einer Einbettung, gezeigt durch ihren Mittelwert über die Token der Sequenz; ihre Farbe ist der RMS von dl/dz über sie. Für sie wird keine Gleichung je Einheit geschrieben.</translation>
    </message>
    <message>
        <source>its edges from %1 are summaries (the RMS of each channel's weights), so the sum over its inputs is not written</source>
        <translation>seine Kanten von %1 sind Zusammenfassungen (der RMS der Gewichte jedes Kanals), daher wird die Summe über seine Eingaben nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 (example %2 of %3)</source>
        <translation>%1 (Beispiel %2 von %3)</translation>
    </message>
    <message>
        <source>x%1 = %2: an input, the data itself</source>
        <translation>x%1 = %2: eine Eingabe, die Daten selbst</translation>
    </message>
    <message>
        <source>inputs are data, not parameters: they get no gradient and no update</source>
        <translation>Eingaben sind Daten, keine Parameter: Sie erhalten keinen Gradienten und keine Aktualisierung</translation>
    </message>
    <message>
        <source>not computed yet: the forward pass reaches %1 later</source>
        <translation>noch nicht berechnet: Der Vorwärtsdurchlauf erreicht %1 später</translation>
    </message>
    <message>
        <source>waiting: the backward pass reaches %1 later</source>
        <translation>wartet: Der Rückwärtsdurchlauf erreicht %1 später</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weitere</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>input x%1 - example %2</source>
        <translation>Eingabe x%1 - Beispiel %2</translation>
    </message>
    <message>
        <source>%1, unit %2 - example %3</source>
        <translation>%1, Einheit %2 - Beispiel %3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>[{bar}] {done}/%n frames {percent}%  {eta} left</source>
        <translation>
            <numerusform>[{bar}] {done}/%n Bild {percent} %  noch {eta}</numerusform>
            <numerusform>[{bar}] {done}/%n Bilder {percent} %  noch {eta}</numerusform>
        </translation>
    </message>
    <message>
        <source>netviz export: {reason}; nothing was written</source>
        <translation>netviz export: {reason}; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg meldete:</translation>
    </message>
    <message>
        <source>netviz export: cancelled; nothing was written</source>
        <translation>netviz export: abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>wrote {summary} in {seconds} s</source>
        <translation>{summary} in {seconds} s geschrieben</translation>
    </message>
    <message>
        <source>training {name} up to step {step}</source>
        <translation>trainiere {name} bis Schritt {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n frames to {path}</source>
        <translation>
            <numerusform>%n Bild nach {path}</numerusform>
            <numerusform>%n Bilder nach {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames, {size}, {seconds} s at {fps} fps</source>
        <translation>
            <numerusform>%n Bild, {size}, {seconds} s bei {fps} fps</numerusform>
            <numerusform>%n Bilder, {size}, {seconds} s bei {fps} fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export running</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>An export is running. Wait for it to finish or cancel it first.</source>
        <translation>Ein Export läuft. Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The view shows no network yet: take a step (S) first.</source>
        <translation>Die Ansicht zeigt noch kein Netzwerk: machen Sie zuerst einen Schritt (S).</translation>
    </message>
    <message>
        <source>Exporting the frame to {file}…</source>
        <translation>Das Bild wird nach {file} exportiert…</translation>
    </message>
    <message>
        <source>Exporting the animation to {file}…</source>
        <translation>Die Animation wird nach {file} exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export nach {path}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Frame {done} of {total}, {left} left</source>
        <translation>Bild {done} von {total}, noch {left}</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>die Lektion</translation>
    </message>
    <message>
        <source>Training {lesson} up to step {step}…</source>
        <translation>{lesson} wird bis Schritt {step} trainiert…</translation>
    </message>
    <message>
        <source>Choosing the GIF's colours…</source>
        <translation>Die Farben des GIFs werden gewählt…</translation>
    </message>
    <message>
        <source>Drawing frames…</source>
        <translation>Bilder werden gezeichnet…</translation>
    </message>
    <message>
        <source>Finishing the file…</source>
        <translation>Die Datei wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Exported {summary}</source>
        <translation>Exportiert: {summary}</translation>
    </message>
    <message>
        <source>Exported {summary}; note: {note}</source>
        <translation>Exportiert: {summary}; Hinweis: {note}</translation>
    </message>
    <message>
        <source>The export failed: {reason}.</source>
        <translation>Der Export ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>The export could not run ({field}): {reason}.</source>
        <translation>Der Export konnte nicht laufen ({field}): {reason}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: {reason}; nothing written</source>
        <translation>Export fehlgeschlagen: {reason}; nichts geschrieben</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg meldete:</translation>
    </message>
    <message>
        <source>Export cancelled, nothing written</source>
        <translation>Export abgebrochen, nichts geschrieben</translation>
    </message>
    <message>
        <source>Show Details… has ffmpeg's own words.</source>
        <translation>Unter „Details anzeigen…“ steht die Meldung von ffmpeg.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>the frame shown, as a picture in pixels</source>
        <translation>das gezeigte Bild, als Pixelgrafik</translation>
    </message>
    <message>
        <source>the frame shown, as a vector picture: text stays text, lines stay lines</source>
        <translation>das gezeigte Bild, als Vektorgrafik: Text bleibt Text, Linien bleiben Linien</translation>
    </message>
    <message>
        <source>H.264 video (yuv420p): PowerPoint, Keynote, Google Slides, browsers</source>
        <translation>H.264-Video (yuv420p): PowerPoint, Keynote, Google Präsentationen, Browser</translation>
    </message>
    <message>
        <source>VP9 video: browsers</source>
        <translation>VP9-Video: Browser</translation>
    </message>
    <message>
        <source>looping GIF, at most 960 px wide unless told otherwise</source>
        <translation>GIF in Endlosschleife, höchstens 960 px breit, wenn nicht anders angegeben</translation>
    </message>
    <message>
        <source>a folder of numbered PNG frames</source>
        <translation>ein Ordner mit nummerierten PNG-Bildern</translation>
    </message>
    <message>
        <source>one PNG picture (the last step)</source>
        <translation>ein PNG-Bild (der letzte Schritt)</translation>
    </message>
    <message>
        <source>one SVG picture (the last step): text stays text, lines stay lines</source>
        <translation>ein SVG-Bild (der letzte Schritt): Text bleibt Text, Linien bleiben Linien</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Forward pass only</source>
        <translation>Nur Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Backward pass only</source>
        <translation>Nur Rückwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Export current frame</source>
        <translation>Aktuelles Bild exportieren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;fix: {fix}</source>
        <translation>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;Abhilfe: {fix}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Animated, speed</source>
        <translation>Animiert, Tempo</translation>
    </message>
    <message>
        <source>Settled steps,</source>
        <translation>Abgeschlossene Schritte,</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s je Schritt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export frames into the folder</source>
        <translation>Bilder in den Ordner exportieren</translation>
    </message>
    <message>
        <source>Folder of PNG frames (*)</source>
        <translation>Ordner mit PNG-Bildern (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>give a file name</source>
        <translation>geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>input {number}</source>
        <translation>Eingabe {number}</translation>
    </message>
    <message>
        <source>value (example {number})</source>
        <translation>Wert (Beispiel {number})</translation>
    </message>
    <message>
        <source>mean over batch</source>
        <translation>Mittel über den Batch</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 on every training example</source>
        <translation>ja: z &lt;= 0 bei jedem Trainingsbeispiel</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest on every training example</source>
        <translation>ja: f'(z) &lt; 1 % seines Höchstwerts bei jedem Trainingsbeispiel</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>z (example {number})</source>
        <translation>z (Beispiel {number})</translation>
    </message>
    <message>
        <source>z (batch mean)</source>
        <translation>z (Batch-Mittel)</translation>
    </message>
    <message>
        <source>a (example {number})</source>
        <translation>a (Beispiel {number})</translation>
    </message>
    <message>
        <source>dL/dz (example {number})</source>
        <translation>dL/dz (Beispiel {number})</translation>
    </message>
    <message>
        <source>|dl/dz| per example (the colour)</source>
        <translation>|dL/dz| je Beispiel (die Farbe)</translation>
    </message>
    <message>
        <source>mean |dL/dz| (batch loss)</source>
        <translation>mittleres |dL/dz| (Batch-Verlust)</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>update of b</source>
        <translation>Aktualisierung von b</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>dropped (example {number})</source>
        <translation>ausgelassen (Beispiel {number})</translation>
    </message>
    <message>
        <source>kept in batch</source>
        <translation>im Batch behalten</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <source>{layer}, unit {number}</source>
        <translation>{layer}, Einheit {number}</translation>
    </message>
    <message>
        <source>Click or hover a node</source>
        <translation>Einen Knoten anklicken oder darauf zeigen</translation>
    </message>
    <message>
        <source>w, RMS of the kernel</source>
        <translation>w, RMS des Kerns</translation>
    </message>
    <message>
        <source>dL/dw, RMS</source>
        <translation>dL/dw, RMS</translation>
    </message>
    <message>
        <source>update, RMS</source>
        <translation>Aktualisierung, RMS</translation>
    </message>
    <message>
        <source>w (incoming)</source>
        <translation>w (eingehend)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>from {number}</source>
        <translation>von {number}</translation>
    </message>
    <message>
        <source>{layer}, channel {number}</source>
        <translation>{layer}, Kanal {number}</translation>
    </message>
    <message>
        <source>{layer}, dimension {number}</source>
        <translation>{layer}, Dimension {number}</translation>
    </message>
    <message>
        <source>One filter of a convolution; its positions are the pixels of its feature map.</source>
        <translation>Ein Filter einer Faltung; seine Positionen sind die Pixel seiner Merkmalskarte.</translation>
    </message>
    <message>
        <source>One dimension of an embedding; its positions are the tokens of the sequence.</source>
        <translation>Eine Dimension einer Einbettung; ihre Positionen sind die Token der Folge.</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 at every position of every training example</source>
        <translation>ja: z &lt;= 0 an jeder Position jedes Trainingsbeispiels</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest at every position of every training example</source>
        <translation>ja: f'(z) &lt; 1 % seines Höchstwerts an jeder Position jedes Trainingsbeispiels</translation>
    </message>
    <message>
        <source>z, mean over positions (example {number})</source>
        <translation>z, Mittel über die Positionen (Beispiel {number})</translation>
    </message>
    <message>
        <source>z, mean over positions and batch</source>
        <translation>z, Mittel über Positionen und Batch</translation>
    </message>
    <message>
        <source>a, mean over positions (example {number})</source>
        <translation>a, Mittel über die Positionen (Beispiel {number})</translation>
    </message>
    <message>
        <source>dL/dz, RMS over positions (example {number})</source>
        <translation>dL/dz, RMS über die Positionen (Beispiel {number})</translation>
    </message>
    <message>
        <source>RMS of dl/dz over positions, batch mean (the colour)</source>
        <translation>RMS von dl/dz über die Positionen, Batch-Mittel (die Farbe)</translation>
    </message>
    <message>
        <source>gradient norm of the layer (the bar)</source>
        <translation>Gradientennorm der Schicht (der Balken)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>This lesson has no text in %1; it is shown in English.</source>
        <translation>Diese Lektion hat keinen Text auf %1; sie wird auf Englisch gezeigt.</translation>
    </message>
    <message>
        <source>{lesson} on {data}</source>
        <translation>{lesson} mit {data}</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <source>%1 (your lesson)</source>
        <translation>%1 (deine Lektion)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n lesson file(s) that did not load: %1</source>
        <translation>
            <numerusform>%n Lektionsdatei übersprungen, die nicht geladen werden konnte: %1</numerusform>
            <numerusform>%n Lektionsdateien übersprungen, die nicht geladen werden konnten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>netviz lessons (*.toml);;All files (*)</source>
        <translation>netviz-Lektionen (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This lesson file cannot be used:</source>
        <translation>Diese Lektionsdatei kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This CSV file cannot be used:</source>
        <translation>Diese CSV-Datei kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>The column the network predicts (the target):</source>
        <translation>Die Spalte, die das Netz vorhersagt (das Ziel):</translation>
    </message>
    <message>
        <source>The lesson cannot train on this data:</source>
        <translation>Die Lektion kann mit diesen Daten nicht trainieren:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hidden {number}</source>
        <translation>verborgen {number}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Step animation</source>
        <translation>Schritt-Animation</translation>
    </message>
    <message>
        <source>{lesson}: press Play (Space) or Step (S)</source>
        <translation>{lesson}: Abspielen (Leertaste) oder Schritt (S) drücken</translation>
    </message>
    <message>
        <source>applied from the next step</source>
        <translation>gilt ab dem nächsten Schritt</translation>
    </message>
    <message>
        <source>Training has stopped ({reason}). Reset or pick a fix.</source>
        <translation>Das Training wurde angehalten ({reason}). Zurücksetzen oder eine Abhilfe wählen.</translation>
    </message>
    <message>
        <source>Step %1, pinned and settled. Press A to animate it phase by phase, L to follow the newest step.</source>
        <translation>Schritt %1, festgehalten und abgeschlossen. A drücken, um ihn Phase für Phase zu animieren, L für den neuesten Schritt.</translation>
    </message>
    <message>
        <source>Computing step {step}…</source>
        <translation>Schritt {step} wird berechnet…</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>Schritt {step} · {rate} Schritte/s</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %Ln step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>Die Lektion ist nach %Ln Schritt fertig: Abspielen (Leertaste) setzt das Training fort.</numerusform>
            <numerusform>Die Lektion ist nach %Ln Schritten fertig: Abspielen (Leertaste) setzt das Training fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: the newest step, settled. Press A to animate it phase by phase.</source>
        <translation>Live: der neueste Schritt, abgeschlossen. A drücken, um ihn Phase für Phase zu animieren.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Restore default layout</source>
        <translation>Standardanordnung wiederherstellen</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Lauf speichern…</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <source>Save as lesson…</source>
        <translation>Als Lektion speichern…</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Daten öffnen…</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Animation exportieren…</translation>
    </message>
    <message>
        <source>Export current frame…</source>
        <translation>Aktuelles Bild exportieren…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>Einzelschritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>&amp;Animation</translation>
    </message>
    <message>
        <source>Animate the step / pause</source>
        <translation>Schritt animieren / Pause</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorige Phase</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Voriger Schritt</translation>
    </message>
    <message>
        <source>Teach mode</source>
        <translation>Lehrmodus</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Berechnungsgraph</translation>
    </message>
    <message>
        <source>Live: the newest step</source>
        <translation>Live: der neueste Schritt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Bildschirm schwärzen</translation>
    </message>
    <message>
        <source>Compare with the fix</source>
        <translation>Mit der Abhilfe vergleichen</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Compare with fix</source>
        <translation>Mit Abhilfe vergleichen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>This lesson has no fix</source>
        <translation>Diese Lektion hat keine Abhilfe</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n Eingabekanal</numerusform>
            <numerusform>%n Eingabekanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>token ids</source>
        <translation>Token-IDs</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convolution, %n channels</source>
        <translation>
            <numerusform>Faltung, %n Kanal</numerusform>
            <numerusform>Faltung, %n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>embedding, %n dimensions</source>
        <translation>
            <numerusform>Einbettung, %n Dimension</numerusform>
            <numerusform>Einbettung, %n Dimensionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 output, %2</source>
        <translation>%1-Ausgabe, %2</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mittlere quadratische Abweichung</translation>
    </message>
    <message>
        <source>squared error / 2</source>
        <translation>quadratischer Fehler / 2</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>die Eingabe</translation>
    </message>
    <message numerus="yes">
        <source>the %n inputs</source>
        <translation>
            <numerusform>die %n Eingabe</numerusform>
            <numerusform>die %n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <source>the outputs of %1</source>
        <translation>die Ausgaben von %1</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>sigmoid turns z into the predicted probability</source>
        <translation>Sigmoid macht aus z die vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>softmax turns the z of all outputs into class probabilities</source>
        <translation>Softmax macht aus den z aller Ausgaben Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>z itself is the prediction</source>
        <translation>z selbst ist die Vorhersage</translation>
    </message>
    <message>
        <source>tanh turns z into the prediction, between -1 and +1 (the labels)</source>
        <translation>tanh macht aus z die Vorhersage, zwischen -1 und +1 (den Labels)</translation>
    </message>
    <message numerus="yes">
        <source>Batch norm: %1 normalises each unit's weighted sum over the batch of %n examples (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</source>
        <translation>
            <numerusform>Batchnormalisierung: %1 normalisiert die gewichtete Summe jeder Einheit über den Batch von %n Beispiel (Batch-Mittelwert abziehen, durch die Batch-Standardabweichung teilen), skaliert sie mit gamma und verschiebt sie um beta; dann liefert %2 a = f(z).</numerusform>
            <numerusform>Batchnormalisierung: %1 normalisiert die gewichtete Summe jeder Einheit über den Batch von %n Beispielen (Batch-Mittelwert abziehen, durch die Batch-Standardabweichung teilen), skaliert sie mit gamma und verschiebt sie um beta; dann liefert %2 a = f(z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward pass: the output layer takes %1 and computes z = W·a + b for its %2; %3.</source>
        <translation>Vorwärtsdurchlauf: Die Ausgabeschicht nimmt %1 und berechnet z = W·a + b für ihre %2; %3.</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes the weighted sums W·a + b of its %3; batch norm comes next.</source>
        <translation>Vorwärtsdurchlauf: %1 nimmt %2 und berechnet die gewichteten Summen W·a + b ihrer %3; danach kommt die Batchnormalisierung.</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then keeps z as it is (linear).</source>
        <translation>Vorwärtsdurchlauf: %1 nimmt %2 und berechnet z = W·a + b für ihre %3 und lässt z dann unverändert (linear).</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then %4.</source>
        <translation>Vorwärtsdurchlauf: %1 nimmt %2 und berechnet z = W·a + b für ihre %3, dann %4.</translation>
    </message>
    <message>
        <source>Forward pass: %1 is a convolution: each of its filters slides over its input; one node per channel shows the channel's mean over its positions.</source>
        <translation>Vorwärtsdurchlauf: %1 ist eine Faltung: Jeder ihrer Filter gleitet über ihre Eingabe; ein Knoten je Kanal zeigt den Mittelwert des Kanals über seine Positionen.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, a convolution drawn as one node per channel: each node's colour is the RMS of dl/dz over the channel's positions (batch mean), its bar the gradient norm of its filters.</source>
        <translation>Rückwärtsdurchlauf: Der Gradient fließt zurück in %1, eine Faltung, gezeichnet als ein Knoten je Kanal: Die Farbe jedes Knotens ist der RMS von dl/dz über die Positionen des Kanals (Mittel über den Batch), ihr Balken die Gradientennorm ihrer Filter.</translation>
    </message>
    <message>
        <source>Forward pass: %1 is an embedding: it looks up a vector for each token; one node per dimension shows its mean over the tokens.</source>
        <translation>Vorwärtsdurchlauf: %1 ist eine Einbettung: Sie schlägt für jedes Token einen Vektor nach; ein Knoten je Dimension zeigt ihren Mittelwert über die Token.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, an embedding drawn as one node per dimension: each node's colour is the RMS of dl/dz over the tokens (batch mean), its bar the gradient norm of its table.</source>
        <translation>Rückwärtsdurchlauf: Der Gradient fließt zurück in %1, eine Einbettung, gezeichnet als ein Knoten je Dimension: Die Farbe jedes Knotens ist der RMS von dl/dz über die Token (Mittel über den Batch), ihr Balken die Gradientennorm ihrer Tabelle.</translation>
    </message>
    <message>
        <source>1 of its units is dead (z &lt;= 0 on every example scanned), so it outputs 0.</source>
        <translation>1 ihrer Einheiten ist tot (z &lt;= 0 bei jedem geprüften Beispiel), daher gibt sie 0 aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its units are dead (z &lt;= 0 on every example scanned), so they output 0.</source>
        <translation>
            <numerusform>%n ihrer Einheiten ist tot (z &lt;= 0 bei jedem geprüften Beispiel), daher gibt sie 0 aus.</numerusform>
            <numerusform>%n ihrer Einheiten sind tot (z &lt;= 0 bei jedem geprüften Beispiel), daher geben sie 0 aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3 and scales the others by %4.</source>
        <translation>Dropout (Rate %1) entfernt für Beispiel %3 %2 ihrer %5 und skaliert die übrigen mit %4.</translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3.</source>
        <translation>Dropout (Rate %1) entfernt für Beispiel %3 %2 ihrer %5.</translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples: L = %2.</source>
        <translation>
            <numerusform>Verlust: Die Vorhersage wird mit dem Ziel per %1 verglichen, gemittelt über %n Beispiel: L = %2.</numerusform>
            <numerusform>Verlust: Die Vorhersage wird mit dem Ziel per %1 verglichen, gemittelt über %n Beispiele: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x 1 output: L = %2.</source>
        <translation>
            <numerusform>Verlust: Die Vorhersage wird mit dem Ziel per %1 verglichen, gemittelt über %n Beispiel x 1 Ausgabe: L = %2.</numerusform>
            <numerusform>Verlust: Die Vorhersage wird mit dem Ziel per %1 verglichen, gemittelt über %n Beispiele x 1 Ausgabe: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x %3 outputs: L = %2.</source>
        <translation>
            <numerusform>Verlust: Die Vorhersage wird mit dem Ziel per %1 verglichen, gemittelt über %n Beispiel x %3 Ausgaben: L = %2.</numerusform>
            <numerusform>Verlust: Die Vorhersage wird mit dem Ziel per %1 verglichen, gemittelt über %n Beispiele x %3 Ausgaben: L = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The regularization penalty %1 is added to it.</source>
        <translation>Der Regularisierungsterm %1 wird hinzuaddiert.</translation>
    </message>
    <message>
        <source>Backward pass: the loss's gradient enters the output layer: dL/dz = %1 for each output of each example (the loss is a mean, hence the division).</source>
        <translation>Rückwärtsdurchlauf: Der Gradient des Verlusts tritt in die Ausgabeschicht ein: dL/dz = %1 für jede Ausgabe jedes Beispiels (der Verlust ist ein Mittelwert, daher die Division).</translation>
    </message>
    <message>
        <source>1 of its channels is dead (z &lt;= 0 at every position of every example) and passes no gradient.</source>
        <translation>1 seiner Kanäle ist tot (z &lt;= 0 an jeder Position jedes Beispiels) und lässt keinen Gradienten durch.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its channels are dead (z &lt;= 0 at every position of every example) and pass no gradient.</source>
        <translation>
            <numerusform>%n seiner Kanäle ist tot (z &lt;= 0 an jeder Position jedes Beispiels) und lässt keinen Gradienten durch.</numerusform>
            <numerusform>%n seiner Kanäle sind tot (z &lt;= 0 an jeder Position jedes Beispiels) und lassen keinen Gradienten durch.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 (linear)</source>
        <translation>1 (linear)</translation>
    </message>
    <message>
        <source>%1's slope f'(z)</source>
        <translation>die Steigung f'(z) von %1</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2 (through %1's batch norm): each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>Rückwärtsdurchlauf: Der Gradient fließt von %1 zurück in %2 (durch die Batchnormalisierung von %1): Jede Einheit summiert w·dL/dz über ihre ausgehenden Kanten und multipliziert mit %3.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2: each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>Rückwärtsdurchlauf: Der Gradient fließt von %1 zurück in %2: Jede Einheit summiert w·dL/dz über ihre ausgehenden Kanten und multipliziert mit %3.</translation>
    </message>
    <message>
        <source>Its dead unit (f'(z) = 0) stops the gradient: nothing flows through it.</source>
        <translation>Ihre tote Einheit (f'(z) = 0) hält den Gradienten auf: Nichts fließt durch sie hindurch.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through them.</source>
        <translation>
            <numerusform>Ihre %n tote Einheit (f'(z) = 0) hält den Gradienten auf: Nichts fließt durch sie hindurch.</numerusform>
            <numerusform>Ihre %n toten Einheiten (f'(z) = 0) halten den Gradienten auf: Nichts fließt durch sie hindurch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit dropped for example %1 gets no gradient.</source>
        <translation>Die für Beispiel %1 verworfene Einheit erhält keinen Gradienten.</translation>
    </message>
    <message numerus="yes">
        <source>%n units dropped for example %1 get no gradient.</source>
        <translation>
            <numerusform>%n für Beispiel %1 verworfene Einheit erhält keinen Gradienten.</numerusform>
            <numerusform>%n für Beispiel %1 verworfene Einheiten erhalten keinen Gradienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own batch norm then passes the gradient to the weighted sums, mixing the batch's examples.</source>
        <translation>Ihre eigene Batchnormalisierung gibt den Gradienten dann an die gewichteten Summen weiter und mischt dabei die Beispiele des Batches.</translation>
    </message>
    <message>
        <source>Update: none. This step diverged (NaN or Inf), so the weights stay as they were.</source>
        <translation>Aktualisierung: keine. Dieser Schritt ist divergiert (NaN oder Inf), daher bleiben die Gewichte, wie sie waren.</translation>
    </message>
    <message>
        <source>Update: every weight and bias moves against its gradient by the learning rate %1 times dL/dw: w &lt;- w - lr·dL/dw.</source>
        <translation>Aktualisierung: Jedes Gewicht und jeder Bias bewegt sich gegen seinen Gradienten, um die Lernrate %1 mal dL/dw: w &lt;- w - lr·dL/dw.</translation>
    </message>
    <message>
        <source>Update: the optimizer moves every weight and bias (learning rate %1); its step is not simply -lr·dL/dw: it also uses earlier steps (momentum, Adam) or clipping.</source>
        <translation>Aktualisierung: Der Optimierer bewegt jedes Gewicht und jeden Bias (Lernrate %1); sein Schritt ist nicht einfach -lr·dL/dw: Er nutzt auch frühere Schritte (Momentum, Adam) oder Clipping.</translation>
    </message>
    <message>
        <source>Update: nothing changes this step.</source>
        <translation>Aktualisierung: In diesem Schritt ändert sich nichts.</translation>
    </message>
    <message>
        <source>The gradients were clipped: their norm %1 was over the limit.</source>
        <translation>Die Gradienten wurden begrenzt: Ihre Norm %1 lag über der Grenze.</translation>
    </message>
    <message>
        <source>Frozen, so unchanged: %1.</source>
        <translation>Eingefroren, daher unverändert: %1.</translation>
    </message>
    <message>
        <source>Forward: %1</source>
        <translation>Vorwärts: %1</translation>
    </message>
    <message>
        <source>Batch norm: %1</source>
        <translation>Batchnorm.: %1</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>Rückwärts: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Diverged at step %1: NaN or Inf in the loss or the gradients.</source>
        <translation>Divergiert bei Schritt %1: NaN oder Inf im Verlust oder in den Gradienten.</translation>
    </message>
    <message>
        <source>Try: %1.</source>
        <comment>the fixes, after why training stopped</comment>
        <translation>Versuchen Sie: %1.</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>verborgen %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
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
        <translation>Rechengraph: %1</translation>
    </message>
    <message>
        <source>each box: value, then dL/d(value)</source>
        <translation>jedes Kästchen: Wert, dann dL/d(Wert)</translation>
    </message>
    <message numerus="yes">
        <source>("more" stands for %n more inputs)</source>
        <translation>
            <numerusform>(„mehr“ steht für %n weitere Eingabe)</numerusform>
            <numerusform>(„mehr“ steht für %n weitere Eingaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batchnorm.</translation>
    </message>
    <message>
        <source>dead unit</source>
        <translation>tote Einheit</translation>
    </message>
    <message>
        <source>saturated unit</source>
        <translation>gesättigte Einheit</translation>
    </message>
    <message>
        <source>dropped this step</source>
        <translation>in diesem Schritt verworfen</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>prediction %1</source>
        <translation>Vorhersage %1</translation>
    </message>
    <message>
        <source>vs target %1</source>
        <translation>gegen Ziel %1</translation>
    </message>
    <message>
        <source>predicted class %1 (%2)</source>
        <translation>vorhergesagte Klasse %1 (%2)</translation>
    </message>
    <message>
        <source>vs target class %1</source>
        <translation>gegen Zielklasse %1</translation>
    </message>
    <message>
        <source>→ loss %1 (this example)</source>
        <translation>→ Verlust %1 (dieses Beispiel)</translation>
    </message>
    <message>
        <source>batch mean %1</source>
        <translation>Batch-Mittel %1</translation>
    </message>
    <message>
        <source>→ loss %1</source>
        <translation>→ Verlust %1</translation>
    </message>
    <message>
        <source>+ penalty %1</source>
        <translation>+ Strafterm %1</translation>
    </message>
    <message>
        <source>Bar and number under each layer: its gradient norm (same log scale)</source>
        <translation>Balken und Zahl unter jeder Schicht: ihre Gradientennorm (gleiche log. Skala)</translation>
    </message>
    <message>
        <source>h%1</source>
        <comment>a hidden layer's number, where its name does not fit</comment>
        <translation>v%1</translation>
    </message>
    <message>
        <source>in</source>
        <comment>the input column, where its name does not fit</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>the output column, where its name does not fit</comment>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 dead</source>
        <translation>
            <numerusform>%n/%1 tot</numerusform>
            <numerusform>%n/%1 tot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n tot</numerusform>
            <numerusform>%n tot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>dead units, where the word does not fit</comment>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 saturated</source>
        <translation>
            <numerusform>%n/%1 gesättigt</numerusform>
            <numerusform>%n/%1 gesättigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n gesättigt</numerusform>
            <numerusform>%n gesättigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sat.</source>
        <comment>saturated units, where the word does not fit</comment>
        <translation>
            <numerusform>%n ges.</numerusform>
            <numerusform>%n ges.</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the %1 strongest of %2 edges; the rest as a grey band</source>
        <translation>die %1 stärksten von %2 Kanten; der Rest als graues Band</translation>
    </message>
    <message>
        <source>Nodes: output map</source>
        <translation>Knoten: Ausgabekarte</translation>
    </message>
    <message>
        <source>over the input plane, per layer</source>
        <translation>über der Eingabeebene, je Schicht</translation>
    </message>
    <message>
        <source>Nodes: gradient</source>
        <translation>Knoten: Gradient</translation>
    </message>
    <message>
        <source>|dl/dz| per example</source>
        <translation>|dl/dz| je Beispiel</translation>
    </message>
    <message>
        <source>Nodes: activation</source>
        <translation>Knoten: Aktivierung</translation>
    </message>
    <message>
        <source>mean over the batch</source>
        <translation>Mittel über den Batch</translation>
    </message>
    <message>
        <source>Edges: weight W</source>
        <translation>Kanten: Gewicht W</translation>
    </message>
    <message>
        <source>Edges: gradient dL/dW</source>
        <translation>Kanten: Gradient dL/dW</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>val %1</source>
        <comment>the validation loss</comment>
        <translation>Val. %1</translation>
    </message>
    <message>
        <source>accuracy %1 (val %2)</source>
        <translation>Genauigkeit %1 (Val. %2)</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>val accuracy %1</source>
        <translation>Val.-Genauigkeit %1</translation>
    </message>
</context>
<context>
    <name>Playground</name>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, Einheit %2</translation>
    </message>
    <message>
        <source>%1
w = %2 · dL/dW = %3
Click to set the weight</source>
        <translation>%1
w = %2 · dL/dW = %3
Klicken, um das Gewicht zu setzen</translation>
    </message>
    <message>
        <source>Weight set: training goes on from it</source>
        <translation>Gewicht gesetzt: Das Training geht von ihm aus weiter</translation>
    </message>
</context>
<context>
    <name>PlaygroundPanel</name>
    <message>
        <source>Data and features</source>
        <translation>Daten und Merkmale</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>New data from a new seed (the weights start anew too)</source>
        <translation>Neue Daten aus einem neuen Startwert (auch die Gewichte beginnen neu)</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
    <message>
        <source>Feed the network %1 as an input</source>
        <translation>Dem Netzwerk %1 als Eingabe geben</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Ausgabe diskretisieren</translation>
    </message>
    <message>
        <source>The decision boundary in two colours: which class each point of the plane falls in</source>
        <translation>Die Klassengrenze in zwei Farben: in welche Klasse jeder Punkt der Ebene fällt</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Testdaten zeigen</translation>
    </message>
    <message>
        <source>The validation points (triangles) on the decision boundary</source>
        <translation>Die Validierungspunkte (Dreiecke) auf der Klassengrenze</translation>
    </message>
</context>
<context>
    <name>RecordingFrames</name>
    <message>
        <source>A NaN or Inf appeared in this step's loss or gradients.</source>
        <translation>Im Verlust oder in den Gradienten dieses Schritts trat NaN oder Inf auf.</translation>
    </message>
</context>
<context>
    <name>RecordingWindow</name>
    <message>
        <source>Recorded step:</source>
        <translation>Aufgezeichneter Schritt:</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Waiting for the first recorded step…</source>
        <translation>Warten auf den ersten aufgezeichneten Schritt…</translation>
    </message>
    <message>
        <source>Live from PyTorch: %1</source>
        <translation>Live aus PyTorch: %1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1</source>
        <translation>Aus PyTorch aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>netviz: %1</source>
        <translation>netviz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded step(s)</source>
        <translation>
            <numerusform>%n aufgezeichneter Schritt</numerusform>
            <numerusform>%n aufgezeichnete Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>step %1 (%2 of %3)</source>
        <translation>Schritt %1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n step(s) received</source>
        <translation>
            <numerusform>Live: %n Schritt empfangen</numerusform>
            <numerusform>Live: %n Schritte empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>The live link sent a damaged message; no more steps are read: %1</source>
        <translation>Die Live-Verbindung hat eine beschädigte Nachricht gesendet; es werden keine weiteren Schritte gelesen: %1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1 (the script has ended)</source>
        <translation>Aus PyTorch aufgezeichnet: %1 (das Skript ist beendet)</translation>
    </message>
    <message numerus="yes">
        <source>The script has ended: %n step(s) received</source>
        <translation>
            <numerusform>Das Skript ist beendet: %n Schritt empfangen</numerusform>
            <numerusform>Das Skript ist beendet: %n Schritte empfangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Save run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>netviz runs (*{suffix});;All files (*)</source>
        <translation>netviz-Läufe (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>netviz lessons (*{suffix});;All files (*)</source>
        <translation>netviz-Lektionen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The run is being saved to {path}. Save again once it is written.</source>
        <translation>Der Lauf wird gerade in {path} gespeichert. Speichern Sie erneut, sobald er geschrieben ist.</translation>
    </message>
    <message>
        <source>Saving the run to {path}…</source>
        <translation>Der Lauf wird in {path} gespeichert…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>{path} is being opened. Open another run once it is shown.</source>
        <translation>{path} wird gerade geöffnet. Öffnen Sie einen weiteren Lauf, sobald er angezeigt wird.</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} wird geöffnet…</translation>
    </message>
    <message>
        <source>Open run failed</source>
        <translation>Öffnen des Laufs fehlgeschlagen</translation>
    </message>
    <message>
        <source>The run could not be opened.</source>
        <translation>Der Lauf konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The run could not be shown.</source>
        <translation>Der Lauf konnte nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Opened {path}: step {step}, %n recorded step(s) on the timeline</source>
        <translation>
            <numerusform>{path} geöffnet: Schritt {step}, %n aufgezeichneter Schritt auf der Zeitleiste</numerusform>
            <numerusform>{path} geöffnet: Schritt {step}, %n aufgezeichnete Schritte auf der Zeitleiste</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 in its own window: a recorded run of %2</source>
        <translation>%1 in einem eigenen Fenster geöffnet: ein aufgezeichneter Lauf von %2</translation>
    </message>
    <message>
        <source>Save as lesson failed</source>
        <translation>Speichern als Lektion fehlgeschlagen</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>Die Lektion konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>Lektion in {path} gespeichert</translation>
    </message>
    <message>
        <source>the run could not be captured ({error})</source>
        <translation>der Lauf konnte nicht erfasst werden ({error})</translation>
    </message>
    <message>
        <source>Save run failed</source>
        <translation>Speichern des Laufs fehlgeschlagen</translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation>Der Lauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the run to {path}</source>
        <translation>Lauf in {path} gespeichert</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batchnormalisierung</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
    <message>
        <source>Output layer frozen</source>
        <translation>Ausgabeschicht eingefroren</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>Init-Skalierung</translation>
    </message>
    <message>
        <source>Initial bias</source>
        <translation>Anfangs-Bias</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>LeakyReLU-Steigung</translation>
    </message>
    <message>
        <source>ELU alpha</source>
        <translation>ELU-Alpha</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
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
        <translation>Gradientenbegrenzung</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Auswerten alle</translation>
    </message>
    <message>
        <source>Shuffle batches</source>
        <translation>Batches mischen</translation>
    </message>
    <message>
        <source>any of {names}</source>
        <translation>beliebige von {names}</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>an oder aus</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>changes between steps</source>
        <translation>ändert sich zwischen Schritten</translation>
    </message>
    <message>
        <source>restarts the run</source>
        <translation>startet den Lauf neu</translation>
    </message>
    <message>
        <source>{label}: {values} (optional); {when}</source>
        <translation>{label}: {values} (optional); {when}</translation>
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
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>The window may be out of step from here on; restarting netviz is safest.</source>
        <translation>Das Fenster ist von hier an vielleicht nicht mehr stimmig; netviz neu zu starten ist am sichersten.</translation>
    </message>
    <message>
        <source>netviz: something went wrong</source>
        <translation>netviz: etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <source>Diverged at step %1: %2.</source>
        <comment>the step, then why (already translated)</comment>
        <translation>Divergiert bei Schritt %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Early stopping at step %1: no better validation loss for %n step(s); restored the weights of step %2 (validation loss %3).</source>
        <translation>
            <numerusform>Frühes Stoppen bei Schritt %1: seit %n Schritt kein besserer Validierungsverlust; Gewichte von Schritt %2 wiederhergestellt (Validierungsverlust %3).</numerusform>
            <numerusform>Frühes Stoppen bei Schritt %1: seit %n Schritten kein besserer Validierungsverlust; Gewichte von Schritt %2 wiederhergestellt (Validierungsverlust %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>grad norm (first)</source>
        <translation>Grad.-Norm (erster)</translation>
    </message>
    <message>
        <source>grad norm (last)</source>
        <translation>Grad.-Norm (letzter)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>, accuracy %1 (batch)</source>
        <translation>, Genauigkeit %1 (Batch)</translation>
    </message>
    <message>
        <source>, validation accuracy %1</source>
        <translation>, Validierungsgenauigkeit %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1  (fixes: %2)</source>
        <translation>%1  (Abhilfen: %2)</translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation>, Validierungsverlust %1</translation>
    </message>
    <message>
        <source>after 1 step: loss %1</source>
        <translation>nach 1 Schritt: Verlust %1</translation>
    </message>
    <message numerus="yes">
        <source>after %n steps: loss %1</source>
        <translation>
            <numerusform>nach %n Schritt: Verlust %1</numerusform>
            <numerusform>nach %n Schritten: Verlust %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no step trained</source>
        <translation>kein Schritt trainiert</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Dead / saturated units</source>
        <translation>Tot / gesättigt</translation>
    </message>
    <message>
        <source>dead ——  saturated - -</source>
        <translation>tot ——  gesättigt - -</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Klassengrenze</translation>
    </message>
    <message numerus="yes">
        <source>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n step(s); the faint lines behind are every step's norm</source>
        <translation>
            <numerusform>Gradientennorm je Schicht: die erste verborgene Schicht dunkel, die Ausgabe hell. Jede Linie ist der Mittelwert über etwa den letzten %n Schritt; die blassen Linien dahinter zeigen die Norm jedes Schritts</numerusform>
            <numerusform>Gradientennorm je Schicht: die erste verborgene Schicht dunkel, die Ausgabe hell. Jede Linie ist der Mittelwert über etwa die letzten %n Schritte; die blassen Linien dahinter zeigen die Norm jedes Schritts</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead / saturated units per layer: the fraction of dead units (solid) and of saturated units (dashed) of each layer, coloured as in the gradient plot</source>
        <translation>Tote / gesättigte Einheiten je Schicht: der Anteil toter Einheiten (durchgezogen) und gesättigter Einheiten (gestrichelt) jeder Schicht, gefärbt wie im Gradientendiagramm</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>the training worker stopped: {error}</source>
        <translation>der Trainings-Thread wurde beendet: {error}</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Click an edge to set its weight</source>
        <translation>Eine Kante anklicken, um ihr Gewicht zu setzen</translation>
    </message>
    <message>
        <source>The focused unit's incoming weights</source>
        <translation>Die eingehenden Gewichte der gewählten Einheit</translation>
    </message>
    <message>
        <source>The new weight: applied between two steps, and training goes on from it</source>
        <translation>Das neue Gewicht: zwischen zwei Schritten gesetzt; das Training geht von ihm aus weiter</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>w = %1 · dL/dW = %2</source>
        <translation>w = %1 · dL/dW = %2</translation>
    </message>
</context>
</TS>
