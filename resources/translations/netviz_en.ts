<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnimationPanel</name>
    <message numerus="yes">
        <source>%n step(s) (from {first})</source>
        <translation>
            <numerusform>%n step (from {first})</numerusform>
            <numerusform>%n steps (from {first})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The lesson's %Ln step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>The lesson's %Ln step is done: press Play (Space) to continue training.</numerusform>
            <numerusform>The lesson's %Ln steps are done: press Play (Space) to continue training.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message numerus="yes">
        <source>Opened {path}: step {step}, %n recorded step(s) on the timeline</source>
        <translation>
            <numerusform>Opened {path}: step {step}, %n recorded step on the timeline</numerusform>
            <numerusform>Opened {path}: step {step}, %n recorded steps on the timeline</numerusform>
        </translation>
    </message>
</context>
</TS>
