<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The lesson's %n step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>The lesson's %n step is done: press Play (Space) to continue training.</numerusform>
            <numerusform>The lesson's %n steps are done: press Play (Space) to continue training.</numerusform>
        </translation>
    </message>
</context>
</TS>
