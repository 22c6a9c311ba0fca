<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <source>step {step}</source>
        <translation>passo {step}</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>passo {step} · {rate} passi/s</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %n step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>La lezione è finita dopo %n passo: premi Avvia (Spazio) per continuare l'addestramento.</numerusform>
            <numerusform>La lezione è finita dopo %n passi: premi Avvia (Spazio) per continuare l'addestramento.</numerusform>
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
        <source>Leave presentation mode</source>
        <translation>Esci dalla modalità presentazione</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
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
        <translation>Norma del gradiente per strato</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norma</translation>
    </message>
    <message>
        <source>Dead / saturated units</source>
        <translation>Unità morte / saturate</translation>
    </message>
    <message>
        <source>dead ——  saturated - -</source>
        <translation>morte ——  saturate - -</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Confine di decisione</translation>
    </message>
    <message>
        <source>Gradient norm per layer: the first hidden layer dark, the output bright</source>
        <translation>Norma del gradiente per strato: il primo strato nascosto scuro, l'uscita chiara</translation>
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
</TS>
