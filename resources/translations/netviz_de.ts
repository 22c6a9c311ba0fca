<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
