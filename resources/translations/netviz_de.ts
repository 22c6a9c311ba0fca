<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>Numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
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
</TS>
