<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccuracyAxis</name>
    <message>
        <source>accuracy % - -</source>
        <translation>准确率 % - -</translation>
    </message>
</context>
<context>
    <name>AnimationPanel</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>previous step  [</source>
        <translation>上一步  [</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>previous phase  ← or ,</source>
        <translation>上一阶段  ← 或 ,</translation>
    </message>
    <message>
        <source>next phase  → or .</source>
        <translation>下一阶段  → 或 .</translation>
    </message>
    <message>
        <source>next step  ]</source>
        <translation>下一步  ]</translation>
    </message>
    <message>
        <source>play the phases of this step: forward, loss, backward, update  (A)</source>
        <translation>播放本步的各个阶段：前向、损失、反向、更新  (A)</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>{factor}x</source>
        <translation>{factor}×</translation>
    </message>
    <message>
        <source>teach</source>
        <translation>教学</translation>
    </message>
    <message>
        <source>pause after each phase  (T)</source>
        <translation>每个阶段后暂停  (T)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>while training runs, animate every k-th step</source>
        <translation>训练进行时，每隔 k 步播放一次动画</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>expand the focused node into its computational graph  (G)</source>
        <translation>将选中的节点展开为其计算图  (G)</translation>
    </message>
    <message>
        <source>scrub through the recorded steps</source>
        <translation>浏览已记录的步骤</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>follow the newest step  (L)</source>
        <translation>跟随最新一步  (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Animate step</source>
        <translation>播放本步动画</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>尚无步骤</translation>
    </message>
    <message>
        <source>step {shown} of {last} (from {first})</source>
        <translation>第 {shown} 步，共 {last} 步（从第 {first} 步起）</translation>
    </message>
    <message>
        <source>step {shown} of {last}</source>
        <translation>第 {shown} 步，共 {last} 步</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) (from {first})</source>
        <translation>
            <numerusform>%n 步（从第 {first} 步起）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>layers %1</source>
        <translation>层 %1</translation>
    </message>
    <message>
        <source>frozen layers</source>
        <translation>冻结层</translation>
    </message>
    <message>
        <source>no frozen layers</source>
        <translation>无冻结层</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批量归一化</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>无批量归一化</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <source>clipping at %1</source>
        <translation>裁剪阈值 %1</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>Dropout %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>原始：%1</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>无梯度裁剪</translation>
    </message>
    <message>
        <source>no early stopping</source>
        <translation>无提前停止</translation>
    </message>
    <message>
        <source>raw inputs</source>
        <translation>原始输入</translation>
    </message>
    <message>
        <source>|dL/dz| 1e%1 to 1e%2</source>
        <translation>|dL/dz| 1e%1 至 1e%2</translation>
    </message>
    <message>
        <source>activation %1 to %2</source>
        <translation>激活值 %1 至 %2</translation>
    </message>
    <message>
        <source>|%1| up to %2</source>
        <translation>|%1| 最大 %2</translation>
    </message>
    <message>
        <source>One colour scale for both sides: %1; edges %2</source>
        <translation>两侧共用一个色标：%1；连线 %2</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>退出对比</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>output map</source>
        <translation>输出图</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>色标</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>adapting</source>
        <translation>自适应</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ 层</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− 层</translation>
    </message>
    <message>
        <source>clip at</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Watch: {watch}</source>
        <translation>观察：{watch}</translation>
    </message>
    <message>
        <source>Compare: {fix}</source>
        <translation>对比：{fix}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>修正：{fix}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>每秒 {speed} 步</translation>
    </message>
</context>
<context>
    <name>DataSets</name>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>两团高斯</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>reg-plane</source>
        <translation>回归：平面</translation>
    </message>
    <message>
        <source>reg-gaussian</source>
        <translation>回归：高斯</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Playground circle: a disc of positives inside a ring of negatives.</source>
        <translation>Playground 圆形：正例组成的圆盘，外面围着一圈负例。</translation>
    </message>
    <message>
        <source>Playground XOR: positive where x and y have the same sign.</source>
        <translation>Playground 异或：x 与 y 同号处为正例。</translation>
    </message>
    <message>
        <source>Playground two Gaussians: positives near (2, 2), negatives near (-2, -2).</source>
        <translation>Playground 两团高斯：正例在 (2, 2) 附近，负例在 (-2, -2) 附近。</translation>
    </message>
    <message>
        <source>Playground spiral: two interleaved spiral arms, one per class.</source>
        <translation>Playground 螺旋：两条相互交错的螺旋臂，每类一条。</translation>
    </message>
    <message>
        <source>Playground plane: target (x + y) / 10, a tilted plane.</source>
        <translation>Playground 平面：目标值为 (x + y) / 10，一个倾斜的平面。</translation>
    </message>
    <message>
        <source>Playground multi-Gaussian: six bumps of target +1 or -1.</source>
        <translation>Playground 多团高斯：六个目标值为 +1 或 -1 的凸起。</translation>
    </message>
    <message>
        <source>Handwritten digits (UCI): 8x8 pixel images in [0, 1], 10 classes.</source>
        <translation>手写数字（UCI）：取值在 [0, 1] 的 8x8 像素图像，10 个类别。</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>多分类</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n examples by default)</source>
        <translation>
            <numerusform>%1（%2，默认 %n 个样本）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>NaN or Inf in the forward pass (weighted sums or batch-norm statistics)</source>
        <translation>前向传播中出现 NaN 或 Inf（加权和或批归一化统计量）</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch mean of {layer} (batch norm)</source>
        <translation>{layer} 的批均值中出现 NaN 或 Inf（批归一化）</translation>
    </message>
    <message>
        <source>NaN or Inf in the batch variance of {layer} (batch norm)</source>
        <translation>{layer} 的批方差中出现 NaN 或 Inf（批归一化）</translation>
    </message>
    <message>
        <source>NaN or Inf in the running mean of {layer} (batch norm)</source>
        <translation>{layer} 的滑动均值中出现 NaN 或 Inf（批归一化）</translation>
    </message>
    <message>
        <source>NaN or Inf in the running variance of {layer} (batch norm)</source>
        <translation>{layer} 的滑动方差中出现 NaN 或 Inf（批归一化）</translation>
    </message>
    <message>
        <source>NaN or Inf in the weighted sums (z) of {layer}</source>
        <translation>{layer} 的加权和 (z) 中出现 NaN 或 Inf</translation>
    </message>
    <message>
        <source>NaN or Inf in the validation loss</source>
        <translation>验证损失中出现 NaN 或 Inf</translation>
    </message>
</context>
<context>
    <name>Equations</name>
    <message>
        <source>input x%1</source>
        <translation>输入 x%1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1，单元 %2</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 单元 %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more: %1)</source>
        <translation>
            <numerusform>(其余 %n 项: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept by dropout at rate %1)</source>
        <translation>（dropout 比率 %1 下被保留）</translation>
    </message>
    <message>
        <source>dropped by dropout (rate %1) for this example: out = %2</source>
        <translation>在本样本上被 dropout（比率 %1）丢弃：out = %2</translation>
    </message>
    <message>
        <source>prediction p = %1, target y = %2</source>
        <translation>预测 p = %1，目标 y = %2</translation>
    </message>
    <message>
        <source>L = mean of %1 terms (%2) = %3</source>
        <translation>L = %1 项的平均（%2）= %3</translation>
    </message>
    <message>
        <source>example's term = -sum_k y_k log p_k = %1</source>
        <translation>本样本的项 = -sum_k y_k log p_k = %1</translation>
    </message>
    <message>
        <source>L = mean of %1 examples' terms (%2) = %3</source>
        <translation>L = %1 个样本的项的平均（%2）= %3</translation>
    </message>
    <message>
        <source>+ penalty (regularization) = %1</source>
        <translation>+ 惩罚项（正则化）= %1</translation>
    </message>
    <message>
        <source>B = %1 examples: cross-entropy is their mean</source>
        <translation>B = %1 个样本：交叉熵是它们的平均</translation>
    </message>
    <message>
        <source>N = %1 examples x %2 outputs = %3: the loss is the mean of their terms</source>
        <translation>N = %1 个样本 x %2 个输出 = %3：损失是这些项的平均</translation>
    </message>
    <message>
        <source>dropped by dropout for this example: no gradient, dL/dz = %1</source>
        <translation>在本样本上被 dropout 丢弃：没有梯度，dL/dz = %1</translation>
    </message>
    <message>
        <source>dead: f'(z) = 0 (z &lt;= 0 on every scanned example): the gradient stops here</source>
        <translation>死亡：f'(z) = 0（在检查的每个样本上 z &lt;= 0）：梯度在此停止</translation>
    </message>
    <message>
        <source>z &lt;= 0 on this example: f'(z) = 0, so no gradient passes here for it</source>
        <translation>本样本上 z &lt;= 0：f'(z) = 0，因此本样本没有梯度从这里通过</translation>
    </message>
    <message>
        <source>%1 has batch norm: dL/dlinear_k is its gradient through batch norm</source>
        <translation>%1 有批处理归一化：dL/dlinear_k 是经过批处理归一化的梯度</translation>
    </message>
    <message>
        <source>through batch norm: %1 (the batch's examples mix)</source>
        <translation>经过批处理归一化：%1（这一批的样本相互混合）</translation>
    </message>
    <message>
        <source>this step diverged (NaN or Inf): no update was applied</source>
        <translation>这一步发散了（NaN 或 Inf）：没有进行更新</translation>
    </message>
    <message>
        <source>%1 is frozen: its weights and bias do not change (Δw = 0)</source>
        <translation>%1 已冻结：其权重和偏置不变（Δw = 0）</translation>
    </message>
    <message>
        <source>(w from %1: the strongest incoming weight)</source>
        <translation>（来自 %1 的 w：最强的输入权重）</translation>
    </message>
    <message>
        <source>Δw is the optimizer's step, not -lr * dL/dw: here dL/dw = %1, lr = %2</source>
        <translation>Δw 是优化器的步长，不是 -lr * dL/dw：此处 dL/dw = %1，lr = %2</translation>
    </message>
    <message>
        <source>the gradients were clipped this step (their global norm %1 was over the limit)</source>
        <translation>这一步梯度被裁剪（其全局范数 %1 超过上限）</translation>
    </message>
    <message>
        <source>a summary node: one channel of a convolution, shown by its mean over the channel's positions; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>汇总节点：卷积的一个通道，以该通道所有位置上的均值显示；其颜色是这些位置上 dl/dz 的均方根（RMS）。不为它写逐单元方程。</translation>
    </message>
    <message>
        <source>a summary node: one dimension of an embedding, shown by its mean over the sequence's tokens; its colour is the RMS of dl/dz over them. No per-unit equation is written for it.</source>
        <translation>汇总节点：嵌入的一个维度，以序列所有词元上的均值显示；其颜色是这些词元上 dl/dz 的均方根（RMS）。不为它写逐单元方程。</translation>
    </message>
    <message>
        <source>its edges from %1 are summaries (the RMS of each channel's weights), so the sum over its inputs is not written</source>
        <translation>它来自 %1 的边是汇总值（每个通道权重的均方根），因此不写出它对输入的求和</translation>
    </message>
    <message>
        <source>%1 (example %2 of %3)</source>
        <translation>%1（第 %2 个样本，共 %3 个）</translation>
    </message>
    <message>
        <source>x%1 = %2: an input, the data itself</source>
        <translation>x%1 = %2：一个输入，即数据本身</translation>
    </message>
    <message>
        <source>inputs are data, not parameters: they get no gradient and no update</source>
        <translation>输入是数据而不是参数：它们没有梯度，也不更新</translation>
    </message>
    <message>
        <source>not computed yet: the forward pass reaches %1 later</source>
        <translation>尚未计算：前向传播稍后才到达 %1</translation>
    </message>
    <message>
        <source>waiting: the backward pass reaches %1 later</source>
        <translation>等待中：反向传播稍后才到达 %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ 另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>input x%1 - example %2</source>
        <translation>输入 x%1 - 样本 %2</translation>
    </message>
    <message>
        <source>%1, unit %2 - example %3</source>
        <translation>%1，单元 %2 - 样本 %3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>[{bar}] {done}/%n frames {percent}%  {eta} left</source>
        <translation>
            <numerusform>[{bar}] {done}/%n 帧 {percent}%  剩余 {eta}</numerusform>
        </translation>
    </message>
    <message>
        <source>netviz export: {reason}; nothing was written</source>
        <translation>netviz export：{reason}；未写入任何内容</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg 的输出：</translation>
    </message>
    <message>
        <source>netviz export: cancelled; nothing was written</source>
        <translation>netviz export：已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>wrote {summary} in {seconds} s</source>
        <translation>已写入 {summary}，用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>training {name} up to step {step}</source>
        <translation>正在训练 {name}，直到第 {step} 步</translation>
    </message>
    <message numerus="yes">
        <source>%n frames to {path}</source>
        <translation>
            <numerusform>%n 帧，写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames, {size}, {seconds} s at {fps} fps</source>
        <translation>
            <numerusform>%n 帧，{size}，{seconds} 秒，{fps} fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export running</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>An export is running. Wait for it to finish or cancel it first.</source>
        <translation>正在进行导出。请等待其完成，或先取消它。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The view shows no network yet: take a step (S) first.</source>
        <translation>视图中还没有网络：请先执行一步 (S)。</translation>
    </message>
    <message>
        <source>Exporting the frame to {file}…</source>
        <translation>正在将帧导出到 {file}…</translation>
    </message>
    <message>
        <source>Exporting the animation to {file}…</source>
        <translation>正在将动画导出到 {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Frame {done} of {total}, {left} left</source>
        <translation>第 {done} 帧，共 {total} 帧，剩余 {left}</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>本课</translation>
    </message>
    <message>
        <source>Training {lesson} up to step {step}…</source>
        <translation>正在训练“{lesson}”至第 {step} 步…</translation>
    </message>
    <message>
        <source>Choosing the GIF's colours…</source>
        <translation>正在选择 GIF 的颜色…</translation>
    </message>
    <message>
        <source>Drawing frames…</source>
        <translation>正在绘制帧…</translation>
    </message>
    <message>
        <source>Finishing the file…</source>
        <translation>正在完成文件…</translation>
    </message>
    <message>
        <source>Exported {summary}</source>
        <translation>已导出 {summary}</translation>
    </message>
    <message>
        <source>Exported {summary}; note: {note}</source>
        <translation>已导出 {summary}；注意：{note}</translation>
    </message>
    <message>
        <source>The export failed: {reason}.</source>
        <translation>导出失败：{reason}。</translation>
    </message>
    <message>
        <source>The export could not run ({field}): {reason}.</source>
        <translation>无法进行导出（{field}）：{reason}。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: {reason}; nothing written</source>
        <translation>导出失败：{reason}；未写入任何内容</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>ffmpeg said:</source>
        <translation>ffmpeg 的信息：</translation>
    </message>
    <message>
        <source>Export cancelled, nothing written</source>
        <translation>导出已取消，未写入任何内容</translation>
    </message>
    <message>
        <source>Show Details… has ffmpeg's own words.</source>
        <translation>“显示详细信息…”中是 ffmpeg 的原始信息。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>the frame shown, as a picture in pixels</source>
        <translation>当前显示的帧，保存为像素图片</translation>
    </message>
    <message>
        <source>the frame shown, as a vector picture: text stays text, lines stay lines</source>
        <translation>当前显示的帧，保存为矢量图：文字仍是文字，线条仍是线条</translation>
    </message>
    <message>
        <source>H.264 video (yuv420p): PowerPoint, Keynote, Google Slides, browsers</source>
        <translation>H.264 视频 (yuv420p)：PowerPoint、Keynote、Google 幻灯片、浏览器</translation>
    </message>
    <message>
        <source>VP9 video: browsers</source>
        <translation>VP9 视频：浏览器</translation>
    </message>
    <message>
        <source>looping GIF, at most 960 px wide unless told otherwise</source>
        <translation>循环 GIF，除非另行指定，宽度最多 960 px</translation>
    </message>
    <message>
        <source>a folder of numbered PNG frames</source>
        <translation>一个包含编号 PNG 帧的文件夹</translation>
    </message>
    <message>
        <source>one PNG picture (the last step)</source>
        <translation>一张 PNG 图片（最后一步）</translation>
    </message>
    <message>
        <source>one SVG picture (the last step): text stays text, lines stay lines</source>
        <translation>一张 SVG 图片（最后一步）：文字仍是文字，线条仍是线条</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Forward pass only</source>
        <translation>仅前向传播</translation>
    </message>
    <message>
        <source>Backward pass only</source>
        <translation>仅反向传播</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Export current frame</source>
        <translation>导出当前帧</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;fix: {fix}</source>
        <translation>&lt;b&gt;{lesson}&lt;/b&gt; ({name})&lt;br&gt;修正：{fix}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Animated, speed</source>
        <translation>动画，速度</translation>
    </message>
    <message>
        <source>Settled steps,</source>
        <translation>逐步静态显示，</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> 秒/步</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export frames into the folder</source>
        <translation>将帧导出到文件夹</translation>
    </message>
    <message>
        <source>Folder of PNG frames (*)</source>
        <translation>PNG 帧文件夹 (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>give a file name</source>
        <translation>请输入文件名</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>input {number}</source>
        <translation>输入 {number}</translation>
    </message>
    <message>
        <source>value (example {number})</source>
        <translation>值（样本 {number}）</translation>
    </message>
    <message>
        <source>mean over batch</source>
        <translation>批次平均值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 on every training example</source>
        <translation>是：在每个训练样本上 z &lt;= 0</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest on every training example</source>
        <translation>是：在每个训练样本上 f'(z) &lt; 其最大值的 1%</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>z (example {number})</source>
        <translation>z（样本 {number}）</translation>
    </message>
    <message>
        <source>z (batch mean)</source>
        <translation>z（批次平均）</translation>
    </message>
    <message>
        <source>a (example {number})</source>
        <translation>a（样本 {number}）</translation>
    </message>
    <message>
        <source>dL/dz (example {number})</source>
        <translation>dL/dz（样本 {number}）</translation>
    </message>
    <message>
        <source>|dl/dz| per example (the colour)</source>
        <translation>每个样本的 |dL/dz|（颜色）</translation>
    </message>
    <message>
        <source>mean |dL/dz| (batch loss)</source>
        <translation>平均 |dL/dz|（批次损失）</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>update of b</source>
        <translation>b 的更新量</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>饱和</translation>
    </message>
    <message>
        <source>dropped (example {number})</source>
        <translation>被丢弃（样本 {number}）</translation>
    </message>
    <message>
        <source>kept in batch</source>
        <translation>批次中保留比例</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>{layer}, unit {number}</source>
        <translation>{layer}，单元 {number}</translation>
    </message>
    <message>
        <source>Click or hover a node</source>
        <translation>点击或悬停在一个节点上</translation>
    </message>
    <message>
        <source>w, RMS of the kernel</source>
        <translation>w，卷积核的 RMS</translation>
    </message>
    <message>
        <source>dL/dw, RMS</source>
        <translation>dL/dw，RMS</translation>
    </message>
    <message>
        <source>update, RMS</source>
        <translation>更新量，RMS</translation>
    </message>
    <message>
        <source>w (incoming)</source>
        <translation>w（输入）</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新量</translation>
    </message>
    <message>
        <source>from {number}</source>
        <translation>来自 {number}</translation>
    </message>
    <message>
        <source>{layer}, channel {number}</source>
        <translation>{layer}，通道 {number}</translation>
    </message>
    <message>
        <source>{layer}, dimension {number}</source>
        <translation>{layer}，维度 {number}</translation>
    </message>
    <message>
        <source>One filter of a convolution; its positions are the pixels of its feature map.</source>
        <translation>卷积层的一个滤波器；它的位置是其特征图的像素。</translation>
    </message>
    <message>
        <source>One dimension of an embedding; its positions are the tokens of the sequence.</source>
        <translation>嵌入层的一个维度；它的位置是序列中的词元。</translation>
    </message>
    <message>
        <source>yes: z &lt;= 0 at every position of every training example</source>
        <translation>是：在每个训练样本的每个位置上 z &lt;= 0</translation>
    </message>
    <message>
        <source>yes: f'(z) &lt; 1% of its largest at every position of every training example</source>
        <translation>是：在每个训练样本的每个位置上 f'(z) &lt; 其最大值的 1%</translation>
    </message>
    <message>
        <source>z, mean over positions (example {number})</source>
        <translation>z，各位置的平均（样本 {number}）</translation>
    </message>
    <message>
        <source>z, mean over positions and batch</source>
        <translation>z，各位置与批次的平均</translation>
    </message>
    <message>
        <source>a, mean over positions (example {number})</source>
        <translation>a，各位置的平均（样本 {number}）</translation>
    </message>
    <message>
        <source>dL/dz, RMS over positions (example {number})</source>
        <translation>dL/dz，各位置的 RMS（样本 {number}）</translation>
    </message>
    <message>
        <source>RMS of dl/dz over positions, batch mean (the colour)</source>
        <translation>dl/dz 在各位置的 RMS，批次平均（颜色）</translation>
    </message>
    <message>
        <source>gradient norm of the layer (the bar)</source>
        <translation>该层的梯度范数（条）</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>This lesson has no text in %1; it is shown in English.</source>
        <translation>本课没有%1文本，以英文显示。</translation>
    </message>
    <message>
        <source>{lesson} on {data}</source>
        <translation>{lesson}（数据：{data}）</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <source>%1 (your lesson)</source>
        <translation>%1（你的课程）</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n lesson file(s) that did not load: %1</source>
        <translation>
            <numerusform>已跳过 %n 个无法加载的课程文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>netviz lessons (*.toml);;All files (*)</source>
        <translation>netviz 课程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This lesson file cannot be used:</source>
        <translation>无法使用此课程文件：</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This CSV file cannot be used:</source>
        <translation>无法使用此 CSV 文件：</translation>
    </message>
    <message>
        <source>The column the network predicts (the target):</source>
        <translation>网络要预测的列（目标）：</translation>
    </message>
    <message>
        <source>The lesson cannot train on this data:</source>
        <translation>该课程无法在这些数据上训练：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hidden {number}</source>
        <translation>隐藏层 {number}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Step animation</source>
        <translation>步骤动画</translation>
    </message>
    <message>
        <source>{lesson}: press Play (Space) or Step (S)</source>
        <translation>{lesson}：按“播放”(空格键)或“单步”(S)</translation>
    </message>
    <message>
        <source>applied from the next step</source>
        <translation>从下一步起生效</translation>
    </message>
    <message>
        <source>Training has stopped ({reason}). Reset or pick a fix.</source>
        <translation>训练已停止（{reason}）。请重置或选择一个修正方法。</translation>
    </message>
    <message>
        <source>Step %1, pinned and settled. Press A to animate it phase by phase, L to follow the newest step.</source>
        <translation>第 %1 步，已固定，已完成。按 A 逐阶段播放其动画，按 L 回到最新一步。</translation>
    </message>
    <message>
        <source>Computing step {step}…</source>
        <translation>正在计算第 {step} 步…</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>step {step} · {rate} steps/s</source>
        <translation>第 {step} 步 · 每秒 {rate} 步</translation>
    </message>
    <message numerus="yes">
        <source>The lesson's %Ln step(s) are done: press Play (Space) to continue training.</source>
        <translation>
            <numerusform>本课的 %Ln 步已完成：按“播放”(空格键)继续训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: the newest step, settled. Press A to animate it phase by phase.</source>
        <translation>实时：最新一步，已完成。按 A 逐阶段播放其动画。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Restore default layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>保存运行…</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <source>Save as lesson…</source>
        <translation>另存为课程…</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>打开数据…</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <source>Export current frame…</source>
        <translation>导出当前帧…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>动画(&amp;A)</translation>
    </message>
    <message>
        <source>Animate the step / pause</source>
        <translation>播放本步动画 / 暂停</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Teach mode</source>
        <translation>教学模式</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Live: the newest step</source>
        <translation>实时：最新一步</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>Compare with the fix</source>
        <translation>与修正对比</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Compare with fix</source>
        <translation>与修正方法对比</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This lesson has no fix</source>
        <translation>本课没有修正方法</translation>
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
            <numerusform>%n 个输入通道</numerusform>
        </translation>
    </message>
    <message>
        <source>token ids</source>
        <translation>词元 ID</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n 个输入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convolution, %n channels</source>
        <translation>
            <numerusform>卷积，%n 个通道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>embedding, %n dimensions</source>
        <translation>
            <numerusform>嵌入，%n 个维度</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 output, %2</source>
        <translation>%1 输出，%2</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>squared error / 2</source>
        <translation>平方误差 / 2</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>该输入</translation>
    </message>
    <message numerus="yes">
        <source>the %n inputs</source>
        <translation>
            <numerusform>%n 个输入</numerusform>
        </translation>
    </message>
    <message>
        <source>the outputs of %1</source>
        <translation>%1 的输出</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 个单元</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <source>sigmoid turns z into the predicted probability</source>
        <translation>sigmoid 把 z 变成预测概率</translation>
    </message>
    <message>
        <source>softmax turns the z of all outputs into class probabilities</source>
        <translation>softmax 把所有输出的 z 变成各类别的概率</translation>
    </message>
    <message>
        <source>z itself is the prediction</source>
        <translation>z 本身就是预测值</translation>
    </message>
    <message>
        <source>tanh turns z into the prediction, between -1 and +1 (the labels)</source>
        <translation>tanh 把 z 变成介于 -1 和 +1（标签）之间的预测值</translation>
    </message>
    <message numerus="yes">
        <source>Batch norm: %1 normalises each unit's weighted sum over the batch of %n examples (subtract the batch mean, divide by the batch standard deviation), scales it by gamma and shifts it by beta; then %2 gives a = f(z).</source>
        <translation>
            <numerusform>批处理归一化：%1 在 %n 个样本的批上对每个单元的加权和做归一化（减去批均值，除以批标准差），再乘以 gamma、加上 beta；然后 %2 给出 a = f(z)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward pass: the output layer takes %1 and computes z = W·a + b for its %2; %3.</source>
        <translation>前向传播：输出层接收 %1，为它的 %2 计算 z = W·a + b；%3。</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes the weighted sums W·a + b of its %3; batch norm comes next.</source>
        <translation>前向传播：%1 接收 %2，计算它的 %3 的加权和 W·a + b；接下来是批处理归一化。</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then keeps z as it is (linear).</source>
        <translation>前向传播：%1 接收 %2，为它的 %3 计算 z = W·a + b，然后保持 z 不变（线性）。</translation>
    </message>
    <message>
        <source>Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then %4.</source>
        <translation>前向传播：%1 接收 %2，为它的 %3 计算 z = W·a + b，然后应用 %4。</translation>
    </message>
    <message>
        <source>Forward pass: %1 is a convolution: each of its filters slides over its input; one node per channel shows the channel's mean over its positions.</source>
        <translation>前向传播：%1 是卷积层：它的每个滤波器在输入上滑动；每个通道一个节点，显示该通道在所有位置上的均值。</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, a convolution drawn as one node per channel: each node's colour is the RMS of dl/dz over the channel's positions (batch mean), its bar the gradient norm of its filters.</source>
        <translation>反向传播：梯度流回 %1，这是一个每个通道画成一个节点的卷积层：每个节点的颜色是该通道所有位置上 dl/dz 的均方根（批次平均），其条形是其滤波器的梯度范数。</translation>
    </message>
    <message>
        <source>Forward pass: %1 is an embedding: it looks up a vector for each token; one node per dimension shows its mean over the tokens.</source>
        <translation>前向传播：%1 是嵌入层：它为每个词元查找一个向量；每个维度一个节点，显示其在所有词元上的均值。</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back into %1, an embedding drawn as one node per dimension: each node's colour is the RMS of dl/dz over the tokens (batch mean), its bar the gradient norm of its table.</source>
        <translation>反向传播：梯度流回 %1，这是一个每个维度画成一个节点的嵌入层：每个节点的颜色是所有词元上 dl/dz 的均方根（批次平均），其条形是其嵌入表的梯度范数。</translation>
    </message>
    <message>
        <source>1 of its units is dead (z &lt;= 0 on every example scanned), so it outputs 0.</source>
        <translation>它有 1 个单元已死亡（在检查的每个样本上 z &lt;= 0），因此输出 0。</translation>
    </message>
    <message numerus="yes">
        <source>%n of its units are dead (z &lt;= 0 on every example scanned), so they output 0.</source>
        <translation>
            <numerusform>它有 %n 个单元已死亡（在检查的每个样本上 z &lt;= 0），因此输出 0。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3 and scales the others by %4.</source>
        <translation>Dropout（比率 %1）在样本 %3 上移除它的 %5 中的 %2 个，并把其余的乘以 %4。</translation>
    </message>
    <message>
        <source>Dropout (rate %1) removes %2 of its %5 for example %3.</source>
        <translation>Dropout（比率 %1）在样本 %3 上移除它的 %5 中的 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples: L = %2.</source>
        <translation>
            <numerusform>损失：用 %1 比较预测值与目标，对 %n 个样本取平均：L = %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x 1 output: L = %2.</source>
        <translation>
            <numerusform>损失：用 %1 比较预测值与目标，对 %n 个样本 x 1 个输出取平均：L = %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss: the prediction is compared with the target by %1, averaged over %n examples x %3 outputs: L = %2.</source>
        <translation>
            <numerusform>损失：用 %1 比较预测值与目标，对 %n 个样本 x %3 个输出取平均：L = %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The regularization penalty %1 is added to it.</source>
        <translation>再加上正则化惩罚项 %1。</translation>
    </message>
    <message>
        <source>Backward pass: the loss's gradient enters the output layer: dL/dz = %1 for each output of each example (the loss is a mean, hence the division).</source>
        <translation>反向传播：损失的梯度进入输出层：每个样本的每个输出 dL/dz = %1（损失是平均值，因此要除）。</translation>
    </message>
    <message>
        <source>1 of its channels is dead (z &lt;= 0 at every position of every example) and passes no gradient.</source>
        <translation>它有 1 个通道已死亡（每个样本的每个位置上 z &lt;= 0），不传递任何梯度。</translation>
    </message>
    <message numerus="yes">
        <source>%n of its channels are dead (z &lt;= 0 at every position of every example) and pass no gradient.</source>
        <translation>
            <numerusform>它有 %n 个通道已死亡（每个样本的每个位置上 z &lt;= 0），不传递任何梯度。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 (linear)</source>
        <translation>1（线性）</translation>
    </message>
    <message>
        <source>%1's slope f'(z)</source>
        <translation>%1 的斜率 f'(z)</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2 (through %1's batch norm): each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>反向传播：梯度从 %1 流回 %2（经过 %1 的批处理归一化）：每个单元把其出边上的 w·dL/dz 相加，再乘以 %3。</translation>
    </message>
    <message>
        <source>Backward pass: the gradient flows back from %1 into %2: each unit adds up w·dL/dz over its outgoing edges and multiplies by %3.</source>
        <translation>反向传播：梯度从 %1 流回 %2：每个单元把其出边上的 w·dL/dz 相加，再乘以 %3。</translation>
    </message>
    <message>
        <source>Its dead unit (f'(z) = 0) stops the gradient: nothing flows through it.</source>
        <translation>它的死亡单元（f'(z) = 0）挡住了梯度：没有任何东西流过它。</translation>
    </message>
    <message numerus="yes">
        <source>Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through them.</source>
        <translation>
            <numerusform>它的 %n 个死亡单元（f'(z) = 0）挡住了梯度：没有任何东西流过它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit dropped for example %1 gets no gradient.</source>
        <translation>样本 %1 中被丢弃的单元得不到梯度。</translation>
    </message>
    <message numerus="yes">
        <source>%n units dropped for example %1 get no gradient.</source>
        <translation>
            <numerusform>样本 %1 中被丢弃的 %n 个单元得不到梯度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own batch norm then passes the gradient to the weighted sums, mixing the batch's examples.</source>
        <translation>随后它自己的批处理归一化把梯度传给加权和，并混合了这一批中的样本。</translation>
    </message>
    <message>
        <source>Update: none. This step diverged (NaN or Inf), so the weights stay as they were.</source>
        <translation>更新：无。这一步发散了（NaN 或 Inf），所以权重保持不变。</translation>
    </message>
    <message>
        <source>Update: every weight and bias moves against its gradient by the learning rate %1 times dL/dw: w &lt;- w - lr·dL/dw.</source>
        <translation>更新：每个权重和偏置都沿梯度的反方向移动，步长为学习率 %1 乘以 dL/dw：w &lt;- w - lr·dL/dw。</translation>
    </message>
    <message>
        <source>Update: the optimizer moves every weight and bias (learning rate %1); its step is not simply -lr·dL/dw: it also uses earlier steps (momentum, Adam) or clipping.</source>
        <translation>更新：优化器移动每个权重和偏置（学习率 %1）；它的步长不只是 -lr·dL/dw：还会用到之前的步（动量、Adam）或梯度裁剪。</translation>
    </message>
    <message>
        <source>Update: nothing changes this step.</source>
        <translation>更新：这一步没有任何变化。</translation>
    </message>
    <message>
        <source>The gradients were clipped: their norm %1 was over the limit.</source>
        <translation>梯度被裁剪了：其范数 %1 超过了上限。</translation>
    </message>
    <message>
        <source>Frozen, so unchanged: %1.</source>
        <translation>已冻结，因此不变：%1。</translation>
    </message>
    <message>
        <source>Forward: %1</source>
        <translation>前向：%1</translation>
    </message>
    <message>
        <source>Batch norm: %1</source>
        <translation>批归一化：%1</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>反向：%1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Diverged at step %1: NaN or Inf in the loss or the gradients.</source>
        <translation>第 %1 步发散：损失或梯度中出现 NaN 或 Inf。</translation>
    </message>
    <message>
        <source>Try: %1.</source>
        <comment>the fixes, after why training stopped</comment>
        <translation>试试：%1。</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>隐藏层 %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Computational graph: %1</source>
        <translation>计算图：%1</translation>
    </message>
    <message>
        <source>each box: value, then dL/d(value)</source>
        <translation>每个框：值，然后是 dL/d(值)</translation>
    </message>
    <message numerus="yes">
        <source>("more" stands for %n more inputs)</source>
        <translation>
            <numerusform>（“更多”代表另外 %n 个输入）</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>dead unit</source>
        <translation>死亡单元</translation>
    </message>
    <message>
        <source>saturated unit</source>
        <translation>饱和单元</translation>
    </message>
    <message>
        <source>dropped this step</source>
        <translation>本步被丢弃</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>prediction %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <source>vs target %1</source>
        <translation>对比目标 %1</translation>
    </message>
    <message>
        <source>predicted class %1 (%2)</source>
        <translation>预测类别 %1（%2）</translation>
    </message>
    <message>
        <source>vs target class %1</source>
        <translation>对比目标类别 %1</translation>
    </message>
    <message>
        <source>→ loss %1 (this example)</source>
        <translation>→ 损失 %1（本样本）</translation>
    </message>
    <message>
        <source>batch mean %1</source>
        <translation>批平均 %1</translation>
    </message>
    <message>
        <source>→ loss %1</source>
        <translation>→ 损失 %1</translation>
    </message>
    <message>
        <source>+ penalty %1</source>
        <translation>+ 惩罚项 %1</translation>
    </message>
    <message>
        <source>Bar and number under each layer: its gradient norm (same log scale)</source>
        <translation>每层下方的条和数字：该层的梯度范数（相同对数刻度）</translation>
    </message>
    <message>
        <source>h%1</source>
        <comment>a hidden layer's number, where its name does not fit</comment>
        <translation>隐%1</translation>
    </message>
    <message>
        <source>in</source>
        <comment>the input column, where its name does not fit</comment>
        <translation>入</translation>
    </message>
    <message>
        <source>out</source>
        <comment>the output column, where its name does not fit</comment>
        <translation>出</translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 dead</source>
        <translation>
            <numerusform>%n/%1 死亡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n 死亡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>dead units, where the word does not fit</comment>
        <translation>
            <numerusform>%n 死</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n/%1 saturated</source>
        <translation>
            <numerusform>%n/%1 饱和</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n 饱和</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sat.</source>
        <comment>saturated units, where the word does not fit</comment>
        <translation>
            <numerusform>%n 饱</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the %1 strongest of %2 edges; the rest as a grey band</source>
        <translation>显示 %2 条边中最强的 %1 条；其余显示为灰色带</translation>
    </message>
    <message>
        <source>Nodes: output map</source>
        <translation>节点：输出图</translation>
    </message>
    <message>
        <source>over the input plane, per layer</source>
        <translation>在输入平面上，按层</translation>
    </message>
    <message>
        <source>Nodes: gradient</source>
        <translation>节点：梯度</translation>
    </message>
    <message>
        <source>|dl/dz| per example</source>
        <translation>每个样本的 |dl/dz|</translation>
    </message>
    <message>
        <source>Nodes: activation</source>
        <translation>节点：激活值</translation>
    </message>
    <message>
        <source>mean over the batch</source>
        <translation>批内平均</translation>
    </message>
    <message>
        <source>Edges: weight W</source>
        <translation>边：权重 W</translation>
    </message>
    <message>
        <source>Edges: gradient dL/dW</source>
        <translation>边：梯度 dL/dW</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <source>val %1</source>
        <comment>the validation loss</comment>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>accuracy %1 (val %2)</source>
        <translation>准确率 %1（验证 %2）</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>val accuracy %1</source>
        <translation>验证准确率 %1</translation>
    </message>
</context>
<context>
    <name>Playground</name>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1，单元 %2</translation>
    </message>
    <message>
        <source>%1
w = %2 · dL/dW = %3
Click to set the weight</source>
        <translation>%1
w = %2 · dL/dW = %3
点击以设置权重</translation>
    </message>
    <message>
        <source>Weight set: training goes on from it</source>
        <translation>权重已设置：训练从这里继续</translation>
    </message>
</context>
<context>
    <name>PlaygroundPanel</name>
    <message>
        <source>Data and features</source>
        <translation>数据与特征</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>New data from a new seed (the weights start anew too)</source>
        <translation>用新的随机种子生成新数据（权重也重新开始）</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Feed the network %1 as an input</source>
        <translation>把 %1 作为输入送入网络</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>The decision boundary in two colours: which class each point of the plane falls in</source>
        <translation>用两种颜色显示决策边界：平面上每个点落在哪一类</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>The validation points (triangles) on the decision boundary</source>
        <translation>决策边界上的验证点（三角形）</translation>
    </message>
</context>
<context>
    <name>RecordingFrames</name>
    <message>
        <source>A NaN or Inf appeared in this step's loss or gradients.</source>
        <translation>这一步的损失或梯度中出现了 NaN 或 Inf。</translation>
    </message>
</context>
<context>
    <name>RecordingWindow</name>
    <message>
        <source>Recorded step:</source>
        <translation>已记录的步：</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Waiting for the first recorded step…</source>
        <translation>正在等待第一个记录的步…</translation>
    </message>
    <message>
        <source>Live from PyTorch: %1</source>
        <translation>PyTorch 实时：%1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1</source>
        <translation>PyTorch 记录：%1</translation>
    </message>
    <message>
        <source>netviz: %1</source>
        <translation>netviz：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded step(s)</source>
        <translation>
            <numerusform>已记录 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>step %1 (%2 of %3)</source>
        <translation>第 %1 步（第 %2 个，共 %3 个）</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n step(s) received</source>
        <translation>
            <numerusform>实时：已接收 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>The live link sent a damaged message; no more steps are read: %1</source>
        <translation>实时连接发来一条损坏的消息，不再读取后续的步：%1</translation>
    </message>
    <message>
        <source>Recorded from PyTorch: %1 (the script has ended)</source>
        <translation>PyTorch 记录：%1（脚本已结束）</translation>
    </message>
    <message numerus="yes">
        <source>The script has ended: %n step(s) received</source>
        <translation>
            <numerusform>脚本已结束：已接收 %n 步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Save run</source>
        <translation>保存运行</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <source>netviz runs (*{suffix});;All files (*)</source>
        <translation>netviz 运行 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>netviz lessons (*{suffix});;All files (*)</source>
        <translation>netviz 课程 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>The run is being saved to {path}. Save again once it is written.</source>
        <translation>运行正在保存到 {path}。写入完成后再保存。</translation>
    </message>
    <message>
        <source>Saving the run to {path}…</source>
        <translation>正在将运行保存到 {path}…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>{path} is being opened. Open another run once it is shown.</source>
        <translation>正在打开 {path}。显示后再打开其他运行。</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Open run failed</source>
        <translation>打开运行失败</translation>
    </message>
    <message>
        <source>The run could not be opened.</source>
        <translation>无法打开该运行。</translation>
    </message>
    <message>
        <source>The run could not be shown.</source>
        <translation>无法显示该运行。</translation>
    </message>
    <message numerus="yes">
        <source>Opened {path}: step {step}, %n recorded step(s) on the timeline</source>
        <translation>
            <numerusform>已打开 {path}：第 {step} 步，时间轴上有 %n 个已记录的步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 in its own window: a recorded run of %2</source>
        <translation>已在单独的窗口中打开 %1：%2 的一次记录运行</translation>
    </message>
    <message>
        <source>Save as lesson failed</source>
        <translation>另存为课程失败</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>无法保存该课程。</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>课程已保存到 {path}</translation>
    </message>
    <message>
        <source>the run could not be captured ({error})</source>
        <translation>无法捕获该运行（{error}）</translation>
    </message>
    <message>
        <source>Save run failed</source>
        <translation>保存运行失败</translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation>无法保存该运行。</translation>
    </message>
    <message>
        <source>Saved the run to {path}</source>
        <translation>运行已保存到 {path}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>个样本</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>units</source>
        <translation>个单元</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活值</translation>
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
        <translation>批量归一化</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入数</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出数</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Output layer frozen</source>
        <translation>冻结输出层</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>初始化尺度</translation>
    </message>
    <message>
        <source>Initial bias</source>
        <translation>初始偏置</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>LeakyReLU 斜率</translation>
    </message>
    <message>
        <source>ELU alpha</source>
        <translation>ELU alpha</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
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
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>耐心值</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <source>Shuffle batches</source>
        <translation>打乱批次</translation>
    </message>
    <message>
        <source>any of {names}</source>
        <translation>以下任意项：{names}</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>开或关</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>changes between steps</source>
        <translation>在步骤之间生效</translation>
    </message>
    <message>
        <source>restarts the run</source>
        <translation>重新开始运行</translation>
    </message>
    <message>
        <source>{label}: {values} (optional); {when}</source>
        <translation>{label}：{values}（可选）；{when}</translation>
    </message>
    <message>
        <source>{label}: {values}; {when}</source>
        <translation>{label}：{values}；{when}</translation>
    </message>
</context>
<context>
    <name>SlotErrorGuard</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
    <message>
        <source>The window may be out of step from here on; restarting netviz is safest.</source>
        <translation>从现在起窗口可能不再同步；最安全的做法是重新启动 netviz。</translation>
    </message>
    <message>
        <source>netviz: something went wrong</source>
        <translation>netviz：出错了</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <source>Diverged at step %1: %2.</source>
        <comment>the step, then why (already translated)</comment>
        <translation>第 %1 步发散：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Early stopping at step %1: no better validation loss for %n step(s); restored the weights of step %2 (validation loss %3).</source>
        <translation>
            <numerusform>第 %1 步提前停止：已连续 %n 步没有更好的验证损失；已恢复第 %2 步的权重（验证损失 %3）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>grad norm (first)</source>
        <translation>梯度范数（首步）</translation>
    </message>
    <message>
        <source>grad norm (last)</source>
        <translation>梯度范数（末步）</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>, accuracy %1 (batch)</source>
        <translation>，准确率 %1（批）</translation>
    </message>
    <message>
        <source>, validation accuracy %1</source>
        <translation>，验证准确率 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1  (fixes: %2)</source>
        <translation>%1  （修正方案：%2）</translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation>，验证损失 %1</translation>
    </message>
    <message>
        <source>after 1 step: loss %1</source>
        <translation>1 步之后：损失 %1</translation>
    </message>
    <message numerus="yes">
        <source>after %n steps: loss %1</source>
        <translation>
            <numerusform>%n 步之后：损失 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no step trained</source>
        <translation>未训练任何一步</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>各层梯度范数</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>范数</translation>
    </message>
    <message>
        <source>Dead / saturated units</source>
        <translation>死亡 / 饱和单元</translation>
    </message>
    <message>
        <source>dead ——  saturated - -</source>
        <translation>死亡 ——  饱和 - -</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message numerus="yes">
        <source>Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average over about the last %n step(s); the faint lines behind are every step's norm</source>
        <translation>
            <numerusform>各层梯度范数：第一隐藏层颜色深，输出层颜色亮。每条线是大约最近 %n 步的平均值；后面的浅色线是每一步的范数</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead / saturated units per layer: the fraction of dead units (solid) and of saturated units (dashed) of each layer, coloured as in the gradient plot</source>
        <translation>各层死亡 / 饱和单元：每层中死亡单元（实线）和饱和单元（虚线）所占比例，颜色与梯度图相同</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>the training worker stopped: {error}</source>
        <translation>训练线程已停止：{error}</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Click an edge to set its weight</source>
        <translation>点击一条连线以设置其权重</translation>
    </message>
    <message>
        <source>The focused unit's incoming weights</source>
        <translation>当前单元的输入权重</translation>
    </message>
    <message>
        <source>The new weight: applied between two steps, and training goes on from it</source>
        <translation>新权重：在两步之间生效，训练从这里继续</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>w = %1 · dL/dW = %2</source>
        <translation>w = %1 · dL/dW = %2</translation>
    </message>
</context>
</TS>
