<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>Lesson</name>
    <message>
        <source>This lesson has no text in %1; it is shown in English.</source>
        <translation>Diese Lektion hat keinen Text auf %1; sie wird auf Englisch gezeigt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hidden {number}</source>
        <translation>verdeckt {number}</translation>
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
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>Schritt {step} · {rate} Schritte/s</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %n step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>Die Lektion ist nach %n Schritt fertig: Abspielen (Leertaste) setzt das Training fort.</numerusform>
            <numerusform>Die Lektion ist nach %n Schritten fertig: Abspielen (Leertaste) setzt das Training fort.</numerusform>
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
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
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
        <source>%1 Try: %2.</source>
        <translation>%1 Versuchen Sie: %2.</translation>
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
        <translation>Gradientennorm je Schicht</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Dead / saturated units</source>
        <translation>Tote / gesättigte Einheiten</translation>
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
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Gradient norm per layer: the first hidden layer dark, the output bright</source>
        <translation>Gradientennorm je Schicht: die erste verdeckte Schicht dunkel, die Ausgabe hell</translation>
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
</TS>
