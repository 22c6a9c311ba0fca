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
    <name>DataSets</name>
    <message numerus="yes">
        <source>%1 (%2, %n examples by default)</source>
        <translation>
            <numerusform>%1 (%2, %n example by default)</numerusform>
            <numerusform>%1 (%2, %n examples by default)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Equations</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more: %1)</source>
        <translation>
            <numerusform>(%n more: %1)</numerusform>
            <numerusform>(%n more: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>[{bar}] {done}/%n frames {percent}%  {eta} left</source>
        <translation>
            <numerusform>[{bar}] {done}/%n frame {percent}%  {eta} left</numerusform>
            <numerusform>[{bar}] {done}/%n frames {percent}%  {eta} left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames to {path}</source>
        <translation>
            <numerusform>%n frame to {path}</numerusform>
            <numerusform>%n frames to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames, {size}, {seconds} s at {fps} fps</source>
        <translation>
            <numerusform>%n frame, {size}, {seconds} s at {fps} fps</numerusform>
            <numerusform>%n frames, {size}, {seconds} s at {fps} fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message numerus="yes">
        <source>Skipped %n lesson file(s) that did not load: %1</source>
        <translation>
            <numerusform>Skipped %n lesson file that did not load: %1</numerusform>
            <numerusform>Skipped %n lesson files that did not load: %1</numerusform>
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
    <name>Picture</name>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n input channel</numerusform>
            <numerusform>%n input channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convolution, %n channels</source>
        <translation>
            <numerusform>convolution, %n channel</numerusform>
            <numerusform>convolution, %n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>embedding, %n dimensions</source>
        <translation>
            <numerusform>embedding, %n dimension</numerusform>
            <numerusform>embedding, %n dimensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n inputs</source>
        <translation>
            <numerusform>the %n input</numerusform>
            <numerusform>the %n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch norm: %1 normalises each unit's weighted sum over the batch of %n examples (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</source>
        <translation>
            <numerusform>Batch norm: %1 normalises each unit's weighted sum over the batch of %n example (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</numerusform>
            <numerusform>Batch norm: %1 normalises each unit's weighted sum over the batch of %n examples (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its units are dead (z &lt;= 0 on every example scanned), so they output 0.</source>
        <translation>
            <numerusform>%n of its units is dead (z &lt;= 0 on every example scanned), so it outputs 0.</numerusform>
            <numerusform>%n of its units are dead (z &lt;= 0 on every example scanned), so they output 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples: L = %2.</source>
        <translation>
            <numerusform>Loss: the prediction is compared with the target by %1, averaged over %n example: L = %2.</numerusform>
            <numerusform>Loss: the prediction is compared with the target by %1, averaged over %n examples: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x 1 output: L = %2.</source>
        <translation>
            <numerusform>Loss: the prediction is compared with the target by %1, averaged over %n example x 1 output: L = %2.</numerusform>
            <numerusform>Loss: the prediction is compared with the target by %1, averaged over %n examples x 1 output: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x %3 outputs: L = %2.</source>
        <translation>
            <numerusform>Loss: the prediction is compared with the target by %1, averaged over %n example x %3 outputs: L = %2.</numerusform>
            <numerusform>Loss: the prediction is compared with the target by %1, averaged over %n examples x %3 outputs: L = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its channels are dead (z &lt;= 0 at every position of every example) and pass no gradient.</source>
        <translation>
            <numerusform>%n of its channels is dead (z &lt;= 0 at every position of every example) and passes no gradient.</numerusform>
            <numerusform>%n of its channels are dead (z &lt;= 0 at every position of every example) and pass no gradient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through them.</source>
        <translation>
            <numerusform>Its %n dead unit (f'(z) = 0) stops the gradient: nothing flows through it.</numerusform>
            <numerusform>Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units dropped for example %1 get no gradient.</source>
        <translation>
            <numerusform>%n unit dropped for example %1 gets no gradient.</numerusform>
            <numerusform>%n units dropped for example %1 get no gradient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>("more" stands for %n more inputs)</source>
        <translation>
            <numerusform>("more" stands for %n more input)</numerusform>
            <numerusform>("more" stands for %n more inputs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 dead</source>
        <translation>
            <numerusform>%n/%1 dead</numerusform>
            <numerusform>%n/%1 dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n dead</numerusform>
            <numerusform>%n dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>dead units, where the word does not fit</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 saturated</source>
        <translation>
            <numerusform>%n/%1 saturated</numerusform>
            <numerusform>%n/%1 saturated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n saturated</numerusform>
            <numerusform>%n saturated</numerusform>
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
</context>
<context>
    <name>RecordingWindow</name>
    <message numerus="yes">
        <source>%n recorded step(s)</source>
        <translation>
            <numerusform>%n recorded step</numerusform>
            <numerusform>%n recorded steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n step(s) received</source>
        <translation>
            <numerusform>Live: %n step received</numerusform>
            <numerusform>Live: %n steps received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The script has ended: %n step(s) received</source>
        <translation>
            <numerusform>The script has ended: %n step received</numerusform>
            <numerusform>The script has ended: %n steps received</numerusform>
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
<context>
    <name>StopReason</name>
    <message numerus="yes">
        <source>Early stopping at step %1: no better validation loss for %n step(s); restored the weights of step %2 (validation loss %3).</source>
        <translation>
            <numerusform>Early stopping at step %1: no better validation loss for %n step; restored the weights of step %2 (validation loss %3).</numerusform>
            <numerusform>Early stopping at step %1: no better validation loss for %n steps; restored the weights of step %2 (validation loss %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message numerus="yes">
        <source>after %n steps: loss %1</source>
        <translation>
            <numerusform>after %n step: loss %1</numerusform>
            <numerusform>after %n steps: loss %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message numerus="yes">
        <source>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n step(s); the faint lines behind are every step's norm</source>
        <translation>
            <numerusform>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n step; the faint lines behind are every step's norm</numerusform>
            <numerusform>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n steps; the faint lines behind are every step's norm</numerusform>
        </translation>
    </message>
</context>
</TS>
