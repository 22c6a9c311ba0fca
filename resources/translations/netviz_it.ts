<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccuracyAxis</name>
    <message>
        <source>accuracy % - -</source>
        <translation>accuratezza % - -</translation>
    </message>
</context>
<context>
    <name>AnimationPanel</name>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>previous step  [</source>
        <translation>passo precedente  [</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>previous phase  ← or ,</source>
        <translation>fase precedente  ← o ,</translation>
    </message>
    <message>
        <source>next phase  → or .</source>
        <translation>fase successiva  → o .</translation>
    </message>
    <message>
        <source>next step  ]</source>
        <translation>passo successivo  ]</translation>
    </message>
    <message>
        <source>play the phases of this step: forward, loss, backward, update  (A)</source>
        <translation>riproduci le fasi di questo passo: in avanti, perdita, all'indietro, aggiornamento  (A)</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocità</translation>
    </message>
    <message>
        <source>{factor}x</source>
        <translation>{factor}×</translation>
    </message>
    <message>
        <source>teach</source>
        <translation>lezione</translation>
    </message>
    <message>
        <source>pause after each phase  (T)</source>
        <translation>fermati dopo ogni fase  (T)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>ogni</translation>
    </message>
    <message>
        <source>while training runs, animate every k-th step</source>
        <translation>durante l'addestramento, anima un passo ogni k</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> passi</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>grafo</translation>
    </message>
    <message>
        <source>expand the focused node into its computational graph  (G)</source>
        <translation>espandi il nodo selezionato nel suo grafo computazionale  (G)</translation>
    </message>
    <message>
        <source>scrub through the recorded steps</source>
        <translation>scorri i passi registrati</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Dal vivo</translation>
    </message>
    <message>
        <source>follow the newest step  (L)</source>
        <translation>segui il passo più recente  (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Animate step</source>
        <translation>Anima il passo</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>ancora nessun passo</translation>
    </message>
    <message>
        <source>step {shown} of {last} (from {first})</source>
        <translation>passo {shown} di {last} (da {first})</translation>
    </message>
    <message>
        <source>step {shown} of {last}</source>
        <translation>passo {shown} di {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) (from {first})</source>
        <translation>
            <numerusform>%n passo (da {first})</numerusform>
            <numerusform>%n passi (da {first})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>layers %1</source>
        <translation>livelli %1</translation>
    </message>
    <message>
        <source>frozen layers</source>
        <translation>livelli congelati</translation>
    </message>
    <message>
        <source>no frozen layers</source>
        <translation>nessun livello congelato</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>normalizzazione batch</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>senza normalizzazione batch</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>tasso di apprendimento %1</translation>
    </message>
    <message>
        <source>clipping at %1</source>
        <translation>limitazione a %1</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>dropout %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Originale: %1</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Confronta: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Rimedio: %1</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>nessuna limitazione</translation>
    </message>
    <message>
        <source>no early stopping</source>
        <translation>senza arresto anticipato</translation>
    </message>
    <message>
        <source>raw inputs</source>
        <translation>input grezzi</translation>
    </message>
    <message>
        <source>|dL/dz| 1e%1 to 1e%2</source>
        <translation>|dL/dz| da 1e%1 a 1e%2</translation>
    </message>
    <message>
        <source>activation %1 to %2</source>
        <translation>attivazione da %1 a %2</translation>
    </message>
    <message>
        <source>|%1| up to %2</source>
        <translation>|%1| fino a %2</translation>
    </message>
    <message>
        <source>One colour scale for both sides: %1; edges %2</source>
        <translation>Una sola scala di colori per entrambi i lati: %1; archi %2</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: %1</source>
        <translation>Confronta: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>Esci dal confronto</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Avvia / pausa</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>Passo singolo</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modalità presentazione</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>passo %1 di %2</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>attivazione</translation>
    </message>
    <message>
        <source>output map</source>
        <translation>mappa di uscita</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Archi</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Scala di colori</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fissa</translation>
    </message>
    <message>
        <source>adapting</source>
        <translation>adattiva</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ strato</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− strato</translation>
    </message>
    <message>
        <source>clip at</source>
        <translation>limita a</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>passo {step}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Ottimizzatore</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Watch: {watch}</source>
        <translation>Osserva: {watch}</translation>
    </message>
    <message>
        <source>Compare: {fix}</source>
        <translation>Confronta: {fix}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Rimedio: {fix}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
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
        <translation>cerchio</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>gaussiane</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>spirale</translation>
    </message>
    <message>
        <source>reg-plane</source>
        <translation>regressione: piano</translation>
    </message>
    <message>
        <source>reg-gaussian</source>
        <translation>regressione: gaussiane</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cifre</translation>
    </message>
    <message>
        <source>Playground circle: a disc of positives inside a ring of negatives.</source>
        <translation>Cerchio di Playground: un disco di esempi positivi dentro un anello di esempi negativi.</translation>
    </message>
    <message>
        <source>Playground XOR: positive where x and y have the same sign.</source>
        <translation>XOR di Playground: positivo dove x e y hanno lo stesso segno.</translation>
    </message>
    <message>
        <source>Playground two Gaussians: positives near (2, 2), negatives near (-2, -2).</source>
        <translation>Due gaussiane di Playground: esempi positivi vicino a (2, 2), negativi vicino a (-2, -2).</translation>
    </message>
    <message>
        <source>Playground spiral: two interleaved spiral arms, one per class.</source>
        <translation>Spirale di Playground: due bracci di spirale intrecciati, uno per classe.</translation>
    </message>
    <message>
        <source>Playground plane: target (x + y) / 10, a tilted plane.</source>
        <translation>Piano di Playground: valore obiettivo (x + y) / 10, un piano inclinato.</translation>
    </message>
    <message>
        <source>Playground multi-Gaussian: six bumps of target +1 or -1.</source>
        <translation>Più gaussiane di Playground: sei rilievi con valore obiettivo +1 o -1.</translation>
    </message>
    <message>
        <source>Handwritten digits (UCI): 8x8 pixel images in [0, 1], 10 classes.</source>
        <translation>Cifre scritte a mano (UCI): immagini di 8x8 pixel con valori in [0, 1], 10 classi.</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>classificazione binaria</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regressione</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>classificazione multiclasse</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n examples by default)</source>
        <translation>
            <numerusform>%1 (%2, %n esempio come impostazione predefinita)</numerusform>
            <numerusform>%1 (%2, %n esempi come impostazione predefinita)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>NaN or Inf in the forward pass (weighted sums or batch-norm statistics)</source>
        <translation>NaN o Inf nel passaggio in avanti (somme pesate o statistiche della normalizzazione del batch)</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch mean of {layer} (batch norm)</source>
        <translation>NaN o Inf nella media del batch di {layer} (normalizzazione del batch)</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch variance of {layer} (batch norm)</source>
        <translation>NaN o Inf nella varianza del batch di {layer} (normalizzazione del batch)</translation>
    </message>
    <message>
        <source>NaN or Inf in the running mean of {layer} (batch norm)</source>
        <translation>NaN o Inf nella media mobile di {layer} (normalizzazione del batch)</translation>
    </message>
    <message>
        <source>NaN or Inf in the running variance of {layer} (batch norm)</source>
        <translation>NaN o Inf nella varianza mobile di {layer} (normalizzazione del batch)</translation>
    </message>
    <message>
        <source>NaN or Inf in the weighted sums (z) of {layer}</source>
        <translation>NaN o Inf nelle somme pesate (z) di {layer}</translation>
    </message>
    <message>
        <source>NaN or Inf in the validation loss</source>
        <translation>NaN o Inf nella perdita di validazione</translation>
    </message>
</context>
<context>
    <name>Equations</name>
    <message>
        <source>input x%1</source>
        <translation>input x%1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unità %2</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 unità %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more: %1)</source>
        <translation>
            <numerusform>(%n altro: %1)</numerusform>
            <numerusform>(altri %n: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept by dropout at rate %1)</source>
        <translation>(mantenuta dal dropout con tasso %1)</translation>
    </message>
    <message>
        <source>dropped by dropout (rate %1) for this example: out = %2</source>
        <translation>esclusa dal dropout (tasso %1) per questo esempio: out = %2</translation>
    </message>
    <message>
        <source>prediction p = %1, target y = %2</source>
        <translation>previsione p = %1, target y = %2</translation>
    </message>
    <message>
        <source>L = mean of %1 terms (%2) = %3</source>
        <translation>L = media di %1 termini (%2) = %3</translation>
    </message>
    <message>
        <source>example's term = -sum_k y_k log p_k = %1</source>
        <translation>termine dell'esempio = -sum_k y_k log p_k = %1</translation>
    </message>
    <message>
        <source>L = mean of %1 examples' terms (%2) = %3</source>
        <translation>L = media dei termini di %1 esempi (%2) = %3</translation>
    </message>
    <message>
        <source>+ penalty (regularization) = %1</source>
        <translation>+ penalità (regolarizzazione) = %1</translation>
    </message>
    <message>
        <source>B = %1 examples: cross-entropy is their mean</source>
        <translation>B = %1 esempi: l'entropia incrociata è la loro media</translation>
    </message>
    <message>
        <source>N = %1 examples x %2 outputs = %3: the loss is the mean of their terms</source>
        <translation>N = %1 esempi x %2 output = %3: la perdita è la media dei loro termini</translation>
    </message>
    <message>
        <source>dropped by dropout for this example: no gradient, dL/dz = %1</source>
        <translation>esclusa dal dropout per questo esempio: nessun gradiente, dL/dz = %1</translation>
    </message>
    <message>
        <source>dead: f'(z) = 0 (z &lt;= 0 on every scanned example): the gradient stops here</source>
        <translation>morta: f'(z) = 0 (z &lt;= 0 su ogni esempio esaminato): il gradiente si ferma qui</translation>
    </message>
    <message>
        <source>z &lt;= 0 on this example: f'(z) = 0, so no gradient passes here for it</source>
        <translation>z &lt;= 0 su questo esempio: f'(z) = 0, quindi qui non passa gradiente per esso</translation>
    </message>
    <message>
        <source>%1 has batch norm: dL/dlinear_k is its gradient through batch norm</source>
        <translation>%1 ha la normalizzazione batch: dL/dlinear_k è il suo gradiente attraverso la normalizzazione</translation>
    </message>
    <message>
        <source>through batch norm: %1 (the batch's examples mix)</source>
        <translation>attraverso la normalizzazione batch: %1 (gli esempi del batch si mescolano)</translation>
    </message>
    <message>
        <source>this step diverged (NaN or Inf): no update was applied</source>
        <translation>questo passo è diverso (NaN o Inf): nessun aggiornamento applicato</translation>
    </message>
    <message>
        <source>%1 is frozen: its weights and bias do not change (Δw = 0)</source>
        <translation>%1 è congelato: i suoi pesi e il bias non cambiano (Δw = 0)</translation>
    </message>
    <message>
        <source>(w from %1: the strongest incoming weight)</source>
        <translation>(w da %1: il peso entrante più forte)</translation>
    </message>
    <message>
        <source>Δw is the optimizer's step, not -lr * dL/dw: here dL/dw = %1, lr = %2</source>
        <translation>Δw è il passo dell'ottimizzatore, non -lr * dL/dw: qui dL/dw = %1, lr = %2</translation>
    </message>
    <message>
        <source>the gradients were clipped this step (their global norm %1 was over the limit)</source>
        <translation>i gradienti sono stati limitati in questo passo (la loro norma globale %1 superava il limite)</translation>
    </message>
    <message>
        <source>a summary node: one channel of a convolution, shown by its mean over the channel's positions; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>un nodo di sintesi: un canale di una convoluzione, mostrato dalla sua media sulle posizioni del canale; il suo colore è l'RMS di dl/dz su di esse. Per esso non si scrive un'equazione per unità.</translation>
    </message>
    <message>
        <source>a summary node: one dimension of an embedding, shown by its mean over the sequence's tokens; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>un nodo di sintesi: una dimensione di un embedding, mostrata dalla sua media sui token della sequenza; il suo colore è l'RMS di dl/dz su di essi. Per essa non si scrive un'equazione per unità.</translation>
    </message>
    <message>
        <source>its edges from %1 are summaries (the RMS of each channel's weights), so the sum over its inputs is not written</source>
        <translation>i suoi archi da %1 sono sintesi (l'RMS dei pesi di ogni canale), quindi la somma sui suoi ingressi non viene scritta</translation>
    </message>
    <message>
        <source>%1 (example %2 of %3)</source>
        <translation>%1 (esempio %2 di %3)</translation>
    </message>
    <message>
        <source>x%1 = %2: an input, the data itself</source>
        <translation>x%1 = %2: un input, il dato stesso</translation>
    </message>
    <message>
        <source>inputs are data, not parameters: they get no gradient and no update</source>
        <translation>gli input sono dati, non parametri: non ricevono gradiente né aggiornamento</translation>
    </message>
    <message>
        <source>not computed yet: the forward pass reaches %1 later</source>
        <translation>non ancora calcolato: il passaggio in avanti raggiunge %1 più tardi</translation>
    </message>
    <message>
        <source>waiting: the backward pass reaches %1 later</source>
        <translation>in attesa: il passaggio all'indietro raggiunge %1 più tardi</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ altri %n</numerusform>
            <numerusform>+ altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>input x%1 - example %2</source>
        <translation>input x%1 - esempio %2</translation>
    </message>
    <message>
        <source>%1, unit %2 - example %3</source>
        <translation>%1, unità %2 - esempio %3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>[{bar}] {done}/%n frames {percent}%  {eta} left</source>
        <translation>
            <numerusform>[{bar}] {done}/%n fotogramma {percent}%  mancano {eta}</numerusform>
            <numerusform>[{bar}] {done}/%n fotogrammi {percent}%  mancano {eta}</numerusform>
        </translation>
    </message>
    <message>
        <source>netviz export: {reason}; nothing was written</source>
        <translation>netviz export: {reason}; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg ha detto:</translation>
    </message>
    <message>
        <source>netviz export: cancelled; nothing was written</source>
        <translation>netviz export: annullato; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>wrote {summary} in {seconds} s</source>
        <translation>scritto {summary} in {seconds} s</translation>
    </message>
    <message>
        <source>training {name} up to step {step}</source>
        <translation>addestramento di {name} fino al passo {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n frames to {path}</source>
        <translation>
            <numerusform>%n fotogramma in {path}</numerusform>
            <numerusform>%n fotogrammi in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames, {size}, {seconds} s at {fps} fps</source>
        <translation>
            <numerusform>%n fotogramma, {size}, {seconds} s a {fps} fps</numerusform>
            <numerusform>%n fotogrammi, {size}, {seconds} s a {fps} fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export running</source>
        <translation>Esportazione in corso</translation>
    </message>
    <message>
        <source>An export is running. Wait for it to finish or cancel it first.</source>
        <translation>È in corso un'esportazione. Attendi che finisca o annullala prima.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niente da esportare</translation>
    </message>
    <message>
        <source>The view shows no network yet: take a step (S) first.</source>
        <translation>La vista non mostra ancora nessuna rete: esegui prima un passo (S).</translation>
    </message>
    <message>
        <source>Exporting the frame to {file}…</source>
        <translation>Esportazione del fotogramma in {file}…</translation>
    </message>
    <message>
        <source>Exporting the animation to {file}…</source>
        <translation>Esportazione dell'animazione in {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Esportazione in {path}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Frame {done} of {total}, {left} left</source>
        <translation>Fotogramma {done} di {total}, mancano {left}</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>la lezione</translation>
    </message>
    <message>
        <source>Training {lesson} up to step {step}…</source>
        <translation>Addestramento di {lesson} fino al passo {step}…</translation>
    </message>
    <message>
        <source>Choosing the GIF's colours…</source>
        <translation>Scelta dei colori della GIF…</translation>
    </message>
    <message>
        <source>Drawing frames…</source>
        <translation>Disegno dei fotogrammi…</translation>
    </message>
    <message>
        <source>Finishing the file…</source>
        <translation>Completamento del file…</translation>
    </message>
    <message>
        <source>Exported {summary}</source>
        <translation>Esportato: {summary}</translation>
    </message>
    <message>
        <source>Exported {summary}; note: {note}</source>
        <translation>Esportato: {summary}; nota: {note}</translation>
    </message>
    <message>
        <source>The export failed: {reason}.</source>
        <translation>L'esportazione non è riuscita: {reason}.</translation>
    </message>
    <message>
        <source>The export could not run ({field}): {reason}.</source>
        <translation>Impossibile eseguire l'esportazione ({field}): {reason}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Export failed: {reason}; nothing written</source>
        <translation>Esportazione non riuscita: {reason}; nulla scritto</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>Messaggio di ffmpeg:</translation>
    </message>
    <message>
        <source>Export cancelled, nothing written</source>
        <translation>Esportazione annullata, nulla scritto</translation>
    </message>
    <message>
        <source>Show Details… has ffmpeg's own words.</source>
        <translation>«Mostra dettagli…» riporta il messaggio di ffmpeg.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>Personalizzata</translation>
    </message>
    <message>
        <source>the frame shown, as a picture in pixels</source>
        <translation>il fotogramma mostrato, come immagine in pixel</translation>
    </message>
    <message>
        <source>the frame shown, as a vector picture: text stays text, lines stay lines</source>
        <translation>il fotogramma mostrato, come immagine vettoriale: il testo resta testo, le linee restano linee</translation>
    </message>
    <message>
        <source>H.264 video (yuv420p): PowerPoint, Keynote, Google Slides, browsers</source>
        <translation>video H.264 (yuv420p): PowerPoint, Keynote, Presentazioni Google, browser</translation>
    </message>
    <message>
        <source>VP9 video: browsers</source>
        <translation>video VP9: browser</translation>
    </message>
    <message>
        <source>looping GIF, at most 960 px wide unless told otherwise</source>
        <translation>GIF a ciclo continuo, larga al massimo 960 px salvo diversa indicazione</translation>
    </message>
    <message>
        <source>a folder of numbered PNG frames</source>
        <translation>una cartella di fotogrammi PNG numerati</translation>
    </message>
    <message>
        <source>one PNG picture (the last step)</source>
        <translation>un'immagine PNG (l'ultimo passo)</translation>
    </message>
    <message>
        <source>one SVG picture (the last step): text stays text, lines stay lines</source>
        <translation>un'immagine SVG (l'ultimo passo): il testo resta testo, le linee restano linee</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>Forward pass only</source>
        <translation>Solo passaggio in avanti</translation>
    </message>
    <message>
        <source>Backward pass only</source>
        <translation>Solo passaggio all'indietro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Esporta l'animazione</translation>
    </message>
    <message>
        <source>Export current frame</source>
        <translation>Esporta il fotogramma corrente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;fix: {fix}</source>
        <translation>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;rimedio: {fix}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Animated, speed</source>
        <translation>Animata, velocità</translation>
    </message>
    <message>
        <source>Settled steps,</source>
        <translation>Passi conclusi,</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s ciascuno</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensioni</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frequenza dei fotogrammi</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export frames into the folder</source>
        <translation>Esporta i fotogrammi nella cartella</translation>
    </message>
    <message>
        <source>Folder of PNG frames (*)</source>
        <translation>Cartella di fotogrammi PNG (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>give a file name</source>
        <translation>indica un nome di file</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} esiste già. Sostituirlo?</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>input {number}</source>
        <translation>ingresso {number}</translation>
    </message>
    <message>
        <source>value (example {number})</source>
        <translation>valore (esempio {number})</translation>
    </message>
    <message>
        <source>mean over batch</source>
        <translation>media sul batch</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 on every training example</source>
        <translation>sì: z &lt;= 0 su ogni esempio di addestramento</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest on every training example</source>
        <translation>sì: f'(z) &lt; 1% del suo massimo su ogni esempio di addestramento</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>attivazione</translation>
    </message>
    <message>
        <source>z (example {number})</source>
        <translation>z (esempio {number})</translation>
    </message>
    <message>
        <source>z (batch mean)</source>
        <translation>z (media del batch)</translation>
    </message>
    <message>
        <source>a (example {number})</source>
        <translation>a (esempio {number})</translation>
    </message>
    <message>
        <source>dL/dz (example {number})</source>
        <translation>dL/dz (esempio {number})</translation>
    </message>
    <message>
        <source>|dl/dz| per example (the colour)</source>
        <translation>|dL/dz| per esempio (il colore)</translation>
    </message>
    <message>
        <source>mean |dL/dz| (batch loss)</source>
        <translation>|dL/dz| medio (perdita del batch)</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>bias b</translation>
    </message>
    <message>
        <source>update of b</source>
        <translation>aggiornamento di b</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morta</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>satura</translation>
    </message>
    <message>
        <source>dropped (example {number})</source>
        <translation>esclusa (esempio {number})</translation>
    </message>
    <message>
        <source>kept in batch</source>
        <translation>mantenuta nel batch</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelato</translation>
    </message>
    <message>
        <source>{layer}, unit {number}</source>
        <translation>{layer}, unità {number}</translation>
    </message>
    <message>
        <source>Click or hover a node</source>
        <translation>Fai clic su un nodo o passaci sopra</translation>
    </message>
    <message>
        <source>w, RMS of the kernel</source>
        <translation>w, RMS del kernel</translation>
    </message>
    <message>
        <source>dL/dw, RMS</source>
        <translation>dL/dw, RMS</translation>
    </message>
    <message>
        <source>update, RMS</source>
        <translation>aggiornamento, RMS</translation>
    </message>
    <message>
        <source>w (incoming)</source>
        <translation>w (in entrata)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <source>from {number}</source>
        <translation>da {number}</translation>
    </message>
    <message>
        <source>{layer}, channel {number}</source>
        <translation>{layer}, canale {number}</translation>
    </message>
    <message>
        <source>{layer}, dimension {number}</source>
        <translation>{layer}, dimensione {number}</translation>
    </message>
    <message>
        <source>One filter of a convolution; its positions are the pixels of its feature map.</source>
        <translation>Un filtro di una convoluzione; le sue posizioni sono i pixel della sua mappa di caratteristiche.</translation>
    </message>
    <message>
        <source>One dimension of an embedding; its positions are the tokens of the sequence.</source>
        <translation>Una dimensione di un embedding; le sue posizioni sono i token della sequenza.</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 at every position of every training example</source>
        <translation>sì: z &lt;= 0 in ogni posizione di ogni esempio di addestramento</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest at every position of every training example</source>
        <translation>sì: f'(z) &lt; 1% del suo massimo in ogni posizione di ogni esempio di addestramento</translation>
    </message>
    <message>
        <source>z, mean over positions (example {number})</source>
        <translation>z, media sulle posizioni (esempio {number})</translation>
    </message>
    <message>
        <source>z, mean over positions and batch</source>
        <translation>z, media su posizioni e batch</translation>
    </message>
    <message>
        <source>a, mean over positions (example {number})</source>
        <translation>a, media sulle posizioni (esempio {number})</translation>
    </message>
    <message>
        <source>dL/dz, RMS over positions (example {number})</source>
        <translation>dL/dz, RMS sulle posizioni (esempio {number})</translation>
    </message>
    <message>
        <source>RMS of dl/dz over positions, batch mean (the colour)</source>
        <translation>RMS di dl/dz sulle posizioni, media del batch (il colore)</translation>
    </message>
    <message>
        <source>gradient norm of the layer (the bar)</source>
        <translation>norma del gradiente dello strato (la barra)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>This lesson has no text in %1; it is shown in English.</source>
        <translation>Questa lezione non ha testo in %1; è mostrata in inglese.</translation>
    </message>
    <message>
        <source>{lesson} on {data}</source>
        <translation>{lesson} su {data}</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <source>%1 (your lesson)</source>
        <translation>%1 (la tua lezione)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n lesson file(s) that did not load: %1</source>
        <translation>
            <numerusform>Saltato %n file di lezione che non si è caricato: %1</numerusform>
            <numerusform>Saltati %n file di lezione che non si sono caricati: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Apri lezione</translation>
    </message>
    <message>
        <source>netviz lessons (*.toml);;All files (*)</source>
        <translation>Lezioni netviz (*.toml);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>This lesson file cannot be used:</source>
        <translation>Questo file di lezione non può essere usato:</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Apri dati</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>This CSV file cannot be used:</source>
        <translation>Questo file CSV non può essere usato:</translation>
    </message>
    <message>
        <source>The column the network predicts (the target):</source>
        <translation>La colonna che la rete predice (il target):</translation>
    </message>
    <message>
        <source>The lesson cannot train on this data:</source>
        <translation>La lezione non può addestrarsi su questi dati:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hidden {number}</source>
        <translation>nascosto {number}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Comandi</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Ispettore</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Step animation</source>
        <translation>Animazione del passo</translation>
    </message>
    <message>
        <source>{lesson}: press Play (Space) or Step (S)</source>
        <translation>{lesson}: premi Avvia (Spazio) o Passo (S)</translation>
    </message>
    <message>
        <source>applied from the next step</source>
        <translation>applicato dal passo successivo</translation>
    </message>
    <message>
        <source>Training has stopped ({reason}). Reset or pick a fix.</source>
        <translation>L'addestramento si è fermato ({reason}). Reimposta o scegli un rimedio.</translation>
    </message>
    <message>
        <source>Step %1, pinned and settled. Press A to animate it phase by phase, L to follow the newest step.</source>
        <translation>Passo %1, fissato e concluso. Premi A per animarlo fase per fase, L per seguire il passo più recente.</translation>
    </message>
    <message>
        <source>Computing step {step}…</source>
        <translation>Calcolo del passo {step}…</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>passo {step}</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>passo {step} · {rate} passi/s</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %Ln step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>La lezione è finita dopo %Ln passo: premi Avvia (Spazio) per continuare l'addestramento.</numerusform>
            <numerusform>La lezione è finita dopo %Ln passi: premi Avvia (Spazio) per continuare l'addestramento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: the newest step, settled. Press A to animate it phase by phase.</source>
        <translation>Dal vivo: il passo più recente, concluso. Premi A per animarlo fase per fase.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Restore default layout</source>
        <translation>Ripristina la disposizione predefinita</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Salva l'esecuzione…</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Apri un'esecuzione…</translation>
    </message>
    <message>
        <source>Save as lesson…</source>
        <translation>Salva come lezione…</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>Apri lezione…</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Apri dati…</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Esporta l'animazione…</translation>
    </message>
    <message>
        <source>Export current frame…</source>
        <translation>Esporta il fotogramma corrente…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Addestramento</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Avvia / pausa</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>Passo singolo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>A&amp;nimazione</translation>
    </message>
    <message>
        <source>Animate the step / pause</source>
        <translation>Anima il passo / pausa</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase successiva</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Fase precedente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <source>Teach mode</source>
        <translation>Modalità lezione</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Grafo computazionale</translation>
    </message>
    <message>
        <source>Live: the newest step</source>
        <translation>Dal vivo: il passo più recente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modalità presentazione</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Oscura lo schermo</translation>
    </message>
    <message>
        <source>Compare with the fix</source>
        <translation>Confronta con il rimedio</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Esci dalla modalità presentazione</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Compare with fix</source>
        <translation>Confronta con un rimedio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>This lesson has no fix</source>
        <translation>Questa lezione non ha rimedi</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n canale di ingresso</numerusform>
            <numerusform>%n canali di ingresso</numerusform>
        </translation>
    </message>
    <message>
        <source>token ids</source>
        <translation>ID dei token</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n input</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convolution, %n channels</source>
        <translation>
            <numerusform>convoluzione, %n canale</numerusform>
            <numerusform>convoluzione, %n canali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>embedding, %n dimensions</source>
        <translation>
            <numerusform>embedding, %n dimensione</numerusform>
            <numerusform>embedding, %n dimensioni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 output, %2</source>
        <translation>output %1, %2</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropia incrociata binaria</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropia incrociata</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>errore quadratico medio</translation>
    </message>
    <message>
        <source>squared error / 2</source>
        <translation>errore quadratico / 2</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>l'input</translation>
    </message>
    <message numerus="yes">
        <source>the %n inputs</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>gli %n input</numerusform>
        </translation>
    </message>
    <message>
        <source>the outputs of %1</source>
        <translation>gli output di %1</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unità</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unità</numerusform>
            <numerusform>%n unità</numerusform>
        </translation>
    </message>
    <message>
        <source>sigmoid turns z into the predicted probability</source>
        <translation>la sigmoide trasforma z nella probabilità prevista</translation>
    </message>
    <message>
        <source>softmax turns the z of all outputs into class probabilities</source>
        <translation>softmax trasforma gli z di tutti gli output in probabilità delle classi</translation>
    </message>
    <message>
        <source>z itself is the prediction</source>
        <translation>z stesso è la previsione</translation>
    </message>
    <message>
        <source>tanh turns z into the prediction, between -1 and +1 (the labels)</source>
        <translation>tanh trasforma z nella previsione, tra -1 e +1 (le etichette)</translation>
    </message>
    <message numerus="yes">
        <source>Batch norm: %1 normalises each unit's weighted sum over the batch of %n examples (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</source>
        <translation>
            <numerusform>Normalizzazione batch: %1 normalizza la somma ponderata di ogni unità sul batch di %n esempio (sottrae la media del batch, divide per la deviazione standard del batch), la scala di gamma e la sposta di beta; poi %2 dà a = f(z).</numerusform>
            <numerusform>Normalizzazione batch: %1 normalizza la somma ponderata di ogni unità sul batch di %n esempi (sottrae la media del batch, divide per la deviazione standard del batch), la scala di gamma e la sposta di beta; poi %2 dà a = f(z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward pass: the output layer takes %1 and computes z = W·a + b for its %2; %3.</source>
        <translation>Passaggio in avanti: il livello di output prende %1 e calcola z = W·a + b per le sue %2; %3.</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes the weighted sums W·a + b of its %3; batch norm comes next.</source>
        <translation>Passaggio in avanti: %1 prende %2 e calcola le somme ponderate W·a + b delle sue %3; poi viene la normalizzazione batch.</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then keeps z as it is (linear).</source>
        <translation>Passaggio in avanti: %1 prende %2 e calcola z = W·a + b per le sue %3, poi lascia z com'è (lineare).</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then %4.</source>
        <translation>Passaggio in avanti: %1 prende %2 e calcola z = W·a + b per le sue %3, poi %4.</translation>
    </message>
    <message>
        <source>Forward pass: %1 is a convolution: each of its filters slides over its input; one node per channel shows the channel's mean over its positions.</source>
        <translation>Passaggio in avanti: %1 è una convoluzione: ciascuno dei suoi filtri scorre sul suo ingresso; un nodo per canale mostra la media del canale sulle sue posizioni.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, a convolution drawn as one node per channel: each node's colour is the RMS of dl/dz over the channel's positions (batch mean), its bar the gradient norm of its filters.</source>
        <translation>Passaggio all'indietro: il gradiente rifluisce in %1, una convoluzione disegnata come un nodo per canale: il colore di ogni nodo è l'RMS di dl/dz sulle posizioni del canale (media sul batch), la sua barra la norma del gradiente dei suoi filtri.</translation>
    </message>
    <message>
        <source>Forward pass: %1 is an embedding: it looks up a vector for each token; one node per dimension shows its mean over the tokens.</source>
        <translation>Passaggio in avanti: %1 è un embedding: cerca un vettore per ogni token; un nodo per dimensione mostra la sua media sui token.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, an embedding drawn as one node per dimension: each node's colour is the RMS of dl/dz over the tokens (batch mean), its bar the gradient norm of its table.</source>
        <translation>Passaggio all'indietro: il gradiente rifluisce in %1, un embedding disegnato come un nodo per dimensione: il colore di ogni nodo è l'RMS di dl/dz sui token (media sul batch), la sua barra la norma del gradiente della sua tabella.</translation>
    </message>
    <message>
        <source>1 of its units is dead (z &lt;= 0 on every example scanned), so it outputs 0.</source>
        <translation>1 delle sue unità è morta (z &lt;= 0 su ogni esempio esaminato), quindi restituisce 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its units are dead (z &lt;= 0 on every example scanned), so they output 0.</source>
        <translation>
            <numerusform>%n delle sue unità è morta (z &lt;= 0 su ogni esempio esaminato), quindi restituisce 0.</numerusform>
            <numerusform>%n delle sue unità sono morte (z &lt;= 0 su ogni esempio esaminato), quindi restituiscono 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3 and scales the others by %4.</source>
        <translation>Il dropout (tasso %1) rimuove %2 delle sue %5 per l'esempio %3 e scala le altre di %4.</translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3.</source>
        <translation>Il dropout (tasso %1) rimuove %2 delle sue %5 per l'esempio %3.</translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples: L = %2.</source>
        <translation>
            <numerusform>Perdita: la previsione è confrontata con il target tramite %1, in media su %n esempio: L = %2.</numerusform>
            <numerusform>Perdita: la previsione è confrontata con il target tramite %1, in media su %n esempi: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x 1 output: L = %2.</source>
        <translation>
            <numerusform>Perdita: la previsione è confrontata con il target tramite %1, in media su %n esempio x 1 output: L = %2.</numerusform>
            <numerusform>Perdita: la previsione è confrontata con il target tramite %1, in media su %n esempi x 1 output: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x %3 outputs: L = %2.</source>
        <translation>
            <numerusform>Perdita: la previsione è confrontata con il target tramite %1, in media su %n esempio x %3 output: L = %2.</numerusform>
            <numerusform>Perdita: la previsione è confrontata con il target tramite %1, in media su %n esempi x %3 output: L = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The regularization penalty %1 is added to it.</source>
        <translation>Vi si aggiunge la penalità di regolarizzazione %1.</translation>
    </message>
    <message>
        <source>Backward pass: the loss's gradient enters the output layer: dL/dz = %1 for each output of each example (the loss is a mean, hence the division).</source>
        <translation>Passaggio all'indietro: il gradiente della perdita entra nel livello di output: dL/dz = %1 per ogni output di ogni esempio (la perdita è una media, da cui la divisione).</translation>
    </message>
    <message>
        <source>1 of its channels is dead (z &lt;= 0 at every position of every example) and passes no gradient.</source>
        <translation>1 dei suoi canali è morto (z &lt;= 0 in ogni posizione di ogni esempio) e non lascia passare gradiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its channels are dead (z &lt;= 0 at every position of every example) and pass no gradient.</source>
        <translation>
            <numerusform>%n dei suoi canali è morto (z &lt;= 0 in ogni posizione di ogni esempio) e non lascia passare gradiente.</numerusform>
            <numerusform>%n dei suoi canali sono morti (z &lt;= 0 in ogni posizione di ogni esempio) e non lasciano passare gradiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 (linear)</source>
        <translation>1 (lineare)</translation>
    </message>
    <message>
        <source>%1's slope f'(z)</source>
        <translation>la pendenza f'(z) di %1</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2 (through %1's batch norm): each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>Passaggio all'indietro: il gradiente torna da %1 a %2 (attraverso la normalizzazione batch di %1): ogni unità somma w·dL/dz sui suoi archi uscenti e moltiplica per %3.</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2: each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>Passaggio all'indietro: il gradiente torna da %1 a %2: ogni unità somma w·dL/dz sui suoi archi uscenti e moltiplica per %3.</translation>
    </message>
    <message>
        <source>Its dead unit (f'(z) = 0) stops the gradient: nothing flows through it.</source>
        <translation>La sua unità morta (f'(z) = 0) ferma il gradiente: non passa nulla attraverso di essa.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through them.</source>
        <translation>
            <numerusform>La sua %n unità morta (f'(z) = 0) ferma il gradiente: non passa nulla attraverso di essa.</numerusform>
            <numerusform>Le sue %n unità morte (f'(z) = 0) fermano il gradiente: non passa nulla attraverso di esse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit dropped for example %1 gets no gradient.</source>
        <translation>L'unità esclusa per l'esempio %1 non riceve gradiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n units dropped for example %1 get no gradient.</source>
        <translation>
            <numerusform>%n unità esclusa per l'esempio %1 non riceve gradiente.</numerusform>
            <numerusform>%n unità escluse per l'esempio %1 non ricevono gradiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own batch norm then passes the gradient to the weighted sums, mixing the batch's examples.</source>
        <translation>La sua normalizzazione batch passa poi il gradiente alle somme ponderate, mescolando gli esempi del batch.</translation>
    </message>
    <message>
        <source>Update: none. This step diverged (NaN or Inf), so the weights stay as they were.</source>
        <translation>Aggiornamento: nessuno. Questo passo è diverso (NaN o Inf), quindi i pesi restano com'erano.</translation>
    </message>
    <message>
        <source>Update: every weight and bias moves against its gradient by the learning rate %1 times dL/dw: w &lt;- w - lr·dL/dw.</source>
        <translation>Aggiornamento: ogni peso e bias si sposta contro il proprio gradiente del tasso di apprendimento %1 per dL/dw: w &lt;- w - lr·dL/dw.</translation>
    </message>
    <message>
        <source>Update: the optimizer moves every weight and bias (learning rate %1); its step is not simply -lr·dL/dw: it also uses earlier steps (momentum, Adam) or clipping.</source>
        <translation>Aggiornamento: l'ottimizzatore sposta ogni peso e bias (tasso di apprendimento %1); il suo passo non è semplicemente -lr·dL/dw: usa anche i passi precedenti (momentum, Adam) o il clipping.</translation>
    </message>
    <message>
        <source>Update: nothing changes this step.</source>
        <translation>Aggiornamento: in questo passo non cambia nulla.</translation>
    </message>
    <message>
        <source>The gradients were clipped: their norm %1 was over the limit.</source>
        <translation>I gradienti sono stati limitati: la loro norma %1 superava il limite.</translation>
    </message>
    <message>
        <source>Frozen, so unchanged: %1.</source>
        <translation>Congelati, quindi invariati: %1.</translation>
    </message>
    <message>
        <source>Forward: %1</source>
        <translation>Avanti: %1</translation>
    </message>
    <message>
        <source>Batch norm: %1</source>
        <translation>Norm. batch: %1</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>Indietro: %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Diverged at step %1: NaN or Inf in the loss or the gradients.</source>
        <translation>Divergenza al passo %1: NaN o Inf nella perdita o nei gradienti.</translation>
    </message>
    <message>
        <source>Try: %1.</source>
        <comment>the fixes, after why training stopped</comment>
        <translation>Prova: %1.</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>nascosto %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
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
        <translation>Grafo computazionale: %1</translation>
    </message>
    <message>
        <source>each box: value, then dL/d(value)</source>
        <translation>ogni riquadro: valore, poi dL/d(valore)</translation>
    </message>
    <message numerus="yes">
        <source>("more" stands for %n more inputs)</source>
        <translation>
            <numerusform>("altri" sta per %n altro input)</numerusform>
            <numerusform>("altri" sta per altri %n input)</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelato</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>norm. batch</translation>
    </message>
    <message>
        <source>dead unit</source>
        <translation>unità morta</translation>
    </message>
    <message>
        <source>saturated unit</source>
        <translation>unità satura</translation>
    </message>
    <message>
        <source>dropped this step</source>
        <translation>esclusa in questo passo</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>prediction %1</source>
        <translation>previsione %1</translation>
    </message>
    <message>
        <source>vs target %1</source>
        <translation>vs target %1</translation>
    </message>
    <message>
        <source>predicted class %1 (%2)</source>
        <translation>classe prevista %1 (%2)</translation>
    </message>
    <message>
        <source>vs target class %1</source>
        <translation>vs classe target %1</translation>
    </message>
    <message>
        <source>→ loss %1 (this example)</source>
        <translation>→ perdita %1 (questo esempio)</translation>
    </message>
    <message>
        <source>batch mean %1</source>
        <translation>media del batch %1</translation>
    </message>
    <message>
        <source>→ loss %1</source>
        <translation>→ perdita %1</translation>
    </message>
    <message>
        <source>+ penalty %1</source>
        <translation>+ penalità %1</translation>
    </message>
    <message>
        <source>Bar and number under each layer: its gradient norm (same log scale)</source>
        <translation>Barra e numero sotto ogni livello: la sua norma del gradiente (stessa scala log.)</translation>
    </message>
    <message>
        <source>h%1</source>
        <comment>a hidden layer's number, where its name does not fit</comment>
        <translation>n%1</translation>
    </message>
    <message>
        <source>in</source>
        <comment>the input column, where its name does not fit</comment>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <comment>the output column, where its name does not fit</comment>
        <translation>out</translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 dead</source>
        <translation>
            <numerusform>%n/%1 morta</numerusform>
            <numerusform>%n/%1 morte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n morta</numerusform>
            <numerusform>%n morte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>dead units, where the word does not fit</comment>
        <translation>
            <numerusform>%n m</numerusform>
            <numerusform>%n m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 saturated</source>
        <translation>
            <numerusform>%n/%1 satura</numerusform>
            <numerusform>%n/%1 sature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n satura</numerusform>
            <numerusform>%n sature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sat.</source>
        <comment>saturated units, where the word does not fit</comment>
        <translation>
            <numerusform>%n sat.</numerusform>
            <numerusform>%n sat.</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the %1 strongest of %2 edges; the rest as a grey band</source>
        <translation>mostrati i %1 archi più forti su %2; il resto come banda grigia</translation>
    </message>
    <message>
        <source>Nodes: output map</source>
        <translation>Nodi: mappa di output</translation>
    </message>
    <message>
        <source>over the input plane, per layer</source>
        <translation>sul piano degli input, per livello</translation>
    </message>
    <message>
        <source>Nodes: gradient</source>
        <translation>Nodi: gradiente</translation>
    </message>
    <message>
        <source>|dl/dz| per example</source>
        <translation>|dl/dz| per esempio</translation>
    </message>
    <message>
        <source>Nodes: activation</source>
        <translation>Nodi: attivazione</translation>
    </message>
    <message>
        <source>mean over the batch</source>
        <translation>media sul batch</translation>
    </message>
    <message>
        <source>Edges: weight W</source>
        <translation>Archi: peso W</translation>
    </message>
    <message>
        <source>Edges: gradient dL/dW</source>
        <translation>Archi: gradiente dL/dW</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>passo %1</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>perdita %1</translation>
    </message>
    <message>
        <source>val %1</source>
        <comment>the validation loss</comment>
        <translation>val. %1</translation>
    </message>
    <message>
        <source>accuracy %1 (val %2)</source>
        <translation>accuratezza %1 (val. %2)</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>accuratezza %1</translation>
    </message>
    <message>
        <source>val accuracy %1</source>
        <translation>accuratezza val. %1</translation>
    </message>
</context>
<context>
    <name>Playground</name>
    <message>
        <source>input %1</source>
        <translation>input %1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unità %2</translation>
    </message>
    <message>
        <source>%1
w = %2 · dL/dW = %3
Click to set the weight</source>
        <translation>%1
w = %2 · dL/dW = %3
Fai clic per impostare il peso</translation>
    </message>
    <message>
        <source>Weight set: training goes on from it</source>
        <translation>Peso impostato: l'addestramento riparte da qui</translation>
    </message>
</context>
<context>
    <name>PlaygroundPanel</name>
    <message>
        <source>Data and features</source>
        <translation>Dati e caratteristiche</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>New data from a new seed (the weights start anew too)</source>
        <translation>Nuovi dati da un nuovo seme (anche i pesi ripartono da capo)</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Caratteristiche in ingresso</translation>
    </message>
    <message>
        <source>Feed the network %1 as an input</source>
        <translation>Fornisci %1 alla rete come input</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discretizza l'output</translation>
    </message>
    <message>
        <source>The decision boundary in two colours: which class each point of the plane falls in</source>
        <translation>La frontiera di decisione in due colori: in quale classe cade ogni punto del piano</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Mostra i dati di test</translation>
    </message>
    <message>
        <source>The validation points (triangles) on the decision boundary</source>
        <translation>I punti di convalida (triangoli) sulla frontiera di decisione</translation>
    </message>
</context>
<context>
    <name>RecordingFrames</name>
    <message>
        <source>A NaN or Inf appeared in this step's loss or gradients.</source>
        <translation>Nella perdita o nei gradienti di questo passo è comparso un NaN o un Inf.</translation>
    </message>
</context>
<context>
    <name>RecordingWindow</name>
    <message>
        <source>Recorded step:</source>
        <translation>Passo registrato:</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Waiting for the first recorded step…</source>
        <translation>In attesa del primo passo registrato…</translation>
    </message>
    <message>
        <source>Live from PyTorch: %1</source>
        <translation>Dal vivo da PyTorch: %1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1</source>
        <translation>Registrato da PyTorch: %1</translation>
    </message>
    <message>
        <source>netviz: %1</source>
        <translation>netviz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded step(s)</source>
        <translation>
            <numerusform>%n passo registrato</numerusform>
            <numerusform>%n passi registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>step %1 (%2 of %3)</source>
        <translation>passo %1 (%2 di %3)</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n step(s) received</source>
        <translation>
            <numerusform>Dal vivo: %n passo ricevuto</numerusform>
            <numerusform>Dal vivo: %n passi ricevuti</numerusform>
        </translation>
    </message>
    <message>
        <source>The live link sent a damaged message; no more steps are read: %1</source>
        <translation>Il collegamento dal vivo ha inviato un messaggio danneggiato; non si leggono altri passi: %1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1 (the script has ended)</source>
        <translation>Registrato da PyTorch: %1 (lo script è terminato)</translation>
    </message>
    <message numerus="yes">
        <source>The script has ended: %n step(s) received</source>
        <translation>
            <numerusform>Lo script è terminato: %n passo ricevuto</numerusform>
            <numerusform>Lo script è terminato: %n passi ricevuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Save run</source>
        <translation>Salva l'esecuzione</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Apri un'esecuzione</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Salva come lezione</translation>
    </message>
    <message>
        <source>netviz runs (*{suffix});;All files (*)</source>
        <translation>Esecuzioni netviz (*{suffix});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>netviz lessons (*{suffix});;All files (*)</source>
        <translation>Lezioni netviz (*{suffix});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>The run is being saved to {path}. Save again once it is written.</source>
        <translation>L'esecuzione è in corso di salvataggio in {path}. Salva di nuovo quando è stata scritta.</translation>
    </message>
    <message>
        <source>Saving the run to {path}…</source>
        <translation>Salvataggio dell'esecuzione in {path}…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>{path} is being opened. Open another run once it is shown.</source>
        <translation>Apertura di {path} in corso. Apri un'altra esecuzione quando viene mostrata.</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Apertura di {path}…</translation>
    </message>
    <message>
        <source>Open run failed</source>
        <translation>Apertura dell'esecuzione non riuscita</translation>
    </message>
    <message>
        <source>The run could not be opened.</source>
        <translation>Impossibile aprire l'esecuzione.</translation>
    </message>
    <message>
        <source>The run could not be shown.</source>
        <translation>Impossibile mostrare l'esecuzione.</translation>
    </message>
    <message numerus="yes">
        <source>Opened {path}: step {step}, %n recorded step(s) on the timeline</source>
        <translation>
            <numerusform>Aperto {path}: passo {step}, %n passo registrato sulla linea temporale</numerusform>
            <numerusform>Aperto {path}: passo {step}, %n passi registrati sulla linea temporale</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 in its own window: a recorded run of %2</source>
        <translation>%1 aperto in una finestra a parte: un'esecuzione registrata di %2</translation>
    </message>
    <message>
        <source>Save as lesson failed</source>
        <translation>Salvataggio come lezione non riuscito</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>Impossibile salvare la lezione.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>Lezione salvata in {path}</translation>
    </message>
    <message>
        <source>the run could not be captured ({error})</source>
        <translation>impossibile acquisire l'esecuzione ({error})</translation>
    </message>
    <message>
        <source>Save run failed</source>
        <translation>Salvataggio dell'esecuzione non riuscito</translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation>Impossibile salvare l'esecuzione.</translation>
    </message>
    <message>
        <source>Saved the run to {path}</source>
        <translation>Esecuzione salvata in {path}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Data set</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>esempi</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rumore</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Quota di convalida</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unità</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Attivazione</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>attivazione</translation>
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
        <translation>Normalizzazione batch</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelato</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelato</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Ingressi</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Strato di uscita</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Caratteristiche in ingresso</translation>
    </message>
    <message>
        <source>Output layer frozen</source>
        <translation>Strato di uscita congelato</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Inizializzazione</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>Scala iniziale</translation>
    </message>
    <message>
        <source>Initial bias</source>
        <translation>Bias iniziale</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>Pendenza LeakyReLU</translation>
    </message>
    <message>
        <source>ELU alpha</source>
        <translation>Alfa ELU</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Ottimizzatore</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasso di apprendimento</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
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
        <translation>Limitazione del gradiente</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>norma del gradiente</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>passi</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Pazienza</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Valuta ogni</translation>
    </message>
    <message>
        <source>Shuffle batches</source>
        <translation>Mescola i batch</translation>
    </message>
    <message>
        <source>any of {names}</source>
        <translation>uno qualsiasi tra {names}</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>attivo o disattivo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>changes between steps</source>
        <translation>cambia tra un passo e l'altro</translation>
    </message>
    <message>
        <source>restarts the run</source>
        <translation>riavvia l'esecuzione</translation>
    </message>
    <message>
        <source>{label}: {values} (optional); {when}</source>
        <translation>{label}: {values} (facoltativo); {when}</translation>
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
        <translation>Qualcosa è andato storto: {error}</translation>
    </message>
    <message>
        <source>The window may be out of step from here on; restarting netviz is safest.</source>
        <translation>Da qui in poi la finestra potrebbe non essere coerente; riavviare netviz è la scelta più sicura.</translation>
    </message>
    <message>
        <source>netviz: something went wrong</source>
        <translation>netviz: qualcosa è andato storto</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <source>Diverged at step %1: %2.</source>
        <comment>the step, then why (already translated)</comment>
        <translation>Divergenza al passo %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Early stopping at step %1: no better validation loss for %n step(s); restored the weights of step %2 (validation loss %3).</source>
        <translation>
            <numerusform>Arresto anticipato al passo %1: nessuna perdita di validazione migliore da %n passo; ripristinati i pesi del passo %2 (perdita di validazione %3).</numerusform>
            <numerusform>Arresto anticipato al passo %1: nessuna perdita di validazione migliore da %n passi; ripristinati i pesi del passo %2 (perdita di validazione %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>layer</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unità</translation>
    </message>
    <message>
        <source>grad norm (first)</source>
        <translation>norma grad. (primo)</translation>
    </message>
    <message>
        <source>grad norm (last)</source>
        <translation>norma grad. (ultimo)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morte</translation>
    </message>
    <message>
        <source>, accuracy %1 (batch)</source>
        <translation>, accuratezza %1 (batch)</translation>
    </message>
    <message>
        <source>, validation accuracy %1</source>
        <translation>, accuratezza di validazione %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1  (fixes: %2)</source>
        <translation>%1  (correzioni: %2)</translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation>, perdita di validazione %1</translation>
    </message>
    <message>
        <source>after 1 step: loss %1</source>
        <translation>dopo 1 passo: perdita %1</translation>
    </message>
    <message numerus="yes">
        <source>after %n steps: loss %1</source>
        <translation>
            <numerusform>dopo %n passo: perdita %1</numerusform>
            <numerusform>dopo %n passi: perdita %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no step trained</source>
        <translation>nessun passo addestrato</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perdita</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Norma del gradiente</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norma</translation>
    </message>
    <message>
        <source>Dead / saturated units</source>
        <translation>Unità morte / sature</translation>
    </message>
    <message>
        <source>dead ——  saturated - -</source>
        <translation>morte ——  sature - -</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontiera</translation>
    </message>
    <message numerus="yes">
        <source>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n step(s); the faint lines behind are every step's norm</source>
        <translation>
            <numerusform>Norma del gradiente per strato: il primo strato nascosto scuro, l'uscita chiara. Ogni linea è la media su circa l'ultimo %n passo; le linee tenui dietro sono la norma di ogni passo</numerusform>
            <numerusform>Norma del gradiente per strato: il primo strato nascosto scuro, l'uscita chiara. Ogni linea è la media su circa gli ultimi %n passi; le linee tenui dietro sono la norma di ogni passo</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead / saturated units per layer: the fraction of dead units (solid) and of saturated units (dashed) of each layer, coloured as in the gradient plot</source>
        <translation>Unità morte / saturate per strato: la frazione di unità morte (linea continua) e di unità saturate (tratteggiata) di ogni strato, colorate come nel grafico del gradiente</translation>
    </message>
    <message>
        <source>training</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>convalida</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>training stopped</source>
        <translation>addestramento fermato</translation>
    </message>
    <message>
        <source>the training worker stopped: {error}</source>
        <translation>il thread di addestramento si è fermato: {error}</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Click an edge to set its weight</source>
        <translation>Fai clic su un arco per impostarne il peso</translation>
    </message>
    <message>
        <source>The focused unit's incoming weights</source>
        <translation>I pesi in ingresso dell'unità selezionata</translation>
    </message>
    <message>
        <source>The new weight: applied between two steps, and training goes on from it</source>
        <translation>Il nuovo peso: applicato tra due passi; l'addestramento riparte da lì</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>w = %1 · dL/dW = %2</source>
        <translation>w = %1 · dL/dW = %2</translation>
    </message>
</context>
</TS>
