"""Several training steps of a dense network in one call: the loops that ``fused_steps`` compiles with numba.

The numpy engine (``Network``) is the reference: these loops compute the same maths in the
same order of operations per number, but sums run in a plain loop where numpy's BLAS and
pairwise sums group them otherwise, so results agree to about 1e-15 relative, not bit for
bit (tests/engine/test_fused_steps.py compares them). The functions are plain Python over
scalars and flat arrays, so that numba compiles them (``fused_steps.compiled``) and, without
numba, the tests can still run them as they are (slowly) against the numpy engine.

Layout: every parameter of the network in one flat float64 vector, layer by layer, W (n_in, n)
row-major at ``w_off[l]`` then b (n,) at ``b_off[l]``; a row's z and activations of all
layers side by side, layer l's units at ``u_off[l]``. A hidden layer with batch norm (``bn[l]``)
has gamma, beta, its running mean and running variance after b, n each, in that order; its
trained parameters end at ``p_end[l]`` (after beta). Codes: activations 0 linear, 1 sigmoid,
2 tanh, 3 relu, 4 leaky relu, 5 elu; outputs 0 sigmoid + BCE, 1 linear + MSE, 2 tanh + half
squared error, 3 softmax + cross-entropy; optimizers 0 SGD, 1 SGD with momentum, 2 Adam.

One module for every compiled loop, although it is long: numba's disk cache (``cache=True``)
is invalidated by a change of the caller's own file only, not of a compiled function it calls
in another file (a limit numba's "Notes on Caching" list), so a kernel split across modules
could run a stale compiled step after an edit of one of them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np


def _compiled(function: Callable[..., Any]) -> Callable[..., Any]:
    """numba.njit(function) compiled on its first call and cached on disk, releasing the GIL
    while it runs (the window's thread keeps going); the function itself without numba."""
    try:
        import numba
    except ImportError:
        return function
    try:
        return numba.njit(cache=True, nogil=True)(function)
    except RuntimeError:  # no writable place for the disk cache: compiled again in every process
        return numba.njit(nogil=True)(function)

# What train_steps says when it returns: every step done; stopped before a step whose forward
# pass, loss or gradients are not finite (nothing applied: the numpy engine takes that step);
# the last step done has a validation loss that is not finite (a diverged step, recorded).
# (Or: the last step done is the one after which early stopping's patience ran out.)
DONE, STOPPED_BEFORE_DIVERGENCE, VALIDATION_DIVERGED, PATIENCE_ENDED = 0, 1, 2, 3


@_compiled
def _sigmoid(z: float) -> float:
    # As activations.sigmoid_parts: one exp of -|z| for both branches.
    e = math.exp(min(z, -z)) if z == z else z
    return (1.0 if z >= 0.0 else e) / (1.0 + e)


@_compiled
def _activate(code: int, parameter: float, z: float) -> float:
    if code == 0:
        return z
    if code == 1:
        return _sigmoid(z)
    if code == 2:
        return math.tanh(z)
    if code == 3:
        return z if (z > 0.0 or z != z) else 0.0
    if code == 4:
        return z if z > 0.0 else parameter * z
    return z if z > 0.0 else parameter * math.expm1(min(z, 0.0) if z == z else z)


@_compiled
def _slope(code: int, parameter: float, z: float, a: float) -> float:
    """f'(z) as the numpy engine multiplies dL/da by it (ReLU: sign(a))."""
    if code == 0:
        return 1.0
    if code == 1:
        return a * (1.0 - a)
    if code == 2:
        return 1.0 - a * a
    if code == 3:
        if a > 0.0:
            return 1.0
        return 0.0 if a == 0.0 else (a if a != a else -1.0)
    if code == 4:
        return 1.0 if z > 0.0 else parameter
    return 1.0 if z > 0.0 else parameter * math.exp(min(z, 0.0) if z == z else z)


@_compiled
def _penalty_grad(l1: float, l2: float, w: float) -> float:
    """The penalty's gradient of one weight, as backward.py computes it: l1 sign(w) + l2 w."""
    if l1 != 0.0:
        sign = 1.0 if w > 0.0 else (-1.0 if w < 0.0 else (0.0 if w == 0.0 else w))
        pen = l1 * sign
        if l2 != 0.0:
            pen = pen + l2 * w
        return pen
    return l2 * w


BLOCK = 64  # rows per forward pass of a whole set (the validation loss, the scan for dead units)
BN_EPS, BN_MOMENTUM = 1e-5, 0.1  # batch_norm.py's


@_compiled
def _normalize(lj: np.ndarray, zj: np.ndarray, xj: np.ndarray, n_rows: int, params: np.ndarray, g: int, n: int,
               training: bool, stats: np.ndarray, unit: int) -> bool:
    """Batch norm of one unit (batch_norm.normalize): z = gamma * xhat + beta with
    xhat = (linear - mean) / sqrt(var + eps), from its weighted sums lj (rows,) into zj, xhat
    into xj; mean and (biased) variance the batch's in training, the running ones (after
    beta in params) otherwise; stats[unit] = mean, var, 1 / std. True if mean and var are finite.
    The sums run over the rows from r = 0 up, as numpy sums a (B, n) array down its axis 0."""
    if training:
        total = 0.0
        for r in range(n_rows):
            total += lj[r]
        mean = total / n_rows
        total = 0.0
        for r in range(n_rows):
            d = lj[r] - mean
            total += d * d
        var = total / n_rows
    else:
        mean, var = params[g + 2 * n], params[g + 3 * n]
    inv_std = 1.0 / math.sqrt(var + BN_EPS)
    gamma, beta = params[g], params[g + n]
    for r in range(n_rows):
        xh = (lj[r] - mean) * inv_std
        xj[r] = xh
        zj[r] = gamma * xh + beta
    stats[unit, 0], stats[unit, 1], stats[unit, 2] = mean, var, inv_std
    return math.isfinite(mean) and math.isfinite(var)


@_compiled
def _weighted_sums(a: np.ndarray, ui: int, n_in: int, params: np.ndarray, wo: int, n: int, z: np.ndarray, uo: int,
                   n_rows: int) -> None:
    """z[uo + j, r] += sum over i of a[ui + i, r] * W[i, j] (W at params[wo:], n_in x n), each
    sum from i = 0 up. Four units at a time, so that each row of a is read once for four of
    them (the same sums, in the same order, as one unit at a time)."""
    j = 0
    while j + 4 <= n:
        z0, z1, z2, z3 = z[uo + j], z[uo + j + 1], z[uo + j + 2], z[uo + j + 3]
        for i in range(n_in):
            ai, row = a[ui + i], wo + i * n + j
            w0, w1, w2, w3 = params[row], params[row + 1], params[row + 2], params[row + 3]
            for r in range(n_rows):
                v = ai[r]
                z0[r] += v * w0
                z1[r] += v * w1
                z2[r] += v * w2
                z3[r] += v * w3
        j += 4
    while j < n:
        zj = z[uo + j]
        for i in range(n_in):
            ai, w = a[ui + i], params[wo + i * n + j]
            for r in range(n_rows):
                zj[r] += ai[r] * w
        j += 1


@_compiled
def forward_block(x: np.ndarray, rows: np.ndarray, params: np.ndarray, dims: np.ndarray, w_off: np.ndarray,
                  b_off: np.ndarray, u_off: np.ndarray, acts: np.ndarray, act_params: np.ndarray,
                  z: np.ndarray, a: np.ndarray, keep: np.ndarray, keep_scale: np.ndarray, bn: np.ndarray,
                  training: bool, lin: np.ndarray, xhat: np.ndarray, stats: np.ndarray) -> bool:
    """z and activations of every layer for the given rows of x, into z and a (units, >= rows):
    unit by unit, the rows side by side, so that the loops over the rows run as vector
    instructions; the output layer's a is its z. Each z sums a_prev[i] * W[i, j] from i = 0
    up, then adds b[j] (as a row's dot product would). True when every z is finite.
    Dropout (a training step): a hidden layer l with keep_scale[l] >= 0 (1 / (1 - rate), 0 at
    rate 1; negative: no dropout there) multiplies its activations by keep[unit, row] (True:
    kept) times that scale, so a holds what the next layer sees; ``keep`` (0, 0): no dropout
    anywhere (evaluation, a whole-set scan).
    Batch norm (a layer with bn[l]): its weighted sums go to lin (units, >= rows), and z is
    their normalization (``_normalize``; xhat and stats (units, 3) as it leaves them), the
    batch's statistics when ``training``, the running ones otherwise; False also when a
    batch's mean or variance is not finite (``Network._forward_finite``)."""
    n_layers, n_rows = dims.shape[0] - 1, rows.shape[0]
    finite = True
    for layer in range(n_layers):
        n_in, n, wo, uo = dims[layer], dims[layer + 1], w_off[layer], u_off[layer]
        ui = u_off[layer - 1] if layer > 0 else 0
        for j in range(n):
            zj = z[uo + j]
            for r in range(n_rows):
                zj[r] = 0.0
        if layer == 0:
            for i in range(n_in):
                for j in range(n):
                    w, zj = params[wo + i * n + j], z[uo + j]
                    for r in range(n_rows):
                        zj[r] += x[rows[r], i] * w
        else:
            _weighted_sums(a, ui, n_in, params, wo, n, z, uo, n_rows)
        # The output layer's a is its z (code 0, linear); ReLU and linear in loops of their own,
        # which compile to vector instructions (the general one calls _activate per element).
        code, parameter = (acts[layer], act_params[layer]) if layer < n_layers - 1 else (0, 0.0)
        for j in range(n):
            b, zj, aj = params[b_off[layer] + j], z[uo + j], a[uo + j]
            if bn[layer]:
                lj = lin[uo + j]
                for r in range(n_rows):
                    lj[r] = zj[r] + b
                if not _normalize(lj, zj, xhat[uo + j], n_rows, params, b_off[layer] + n + j, n, training, stats,
                                  uo + j):
                    finite = False
                for r in range(n_rows):
                    aj[r] = _activate(code, parameter, zj[r])
            elif code == 3:
                for r in range(n_rows):
                    zz = zj[r] + b
                    zj[r] = zz
                    aj[r] = zz if (zz > 0.0 or zz != zz) else 0.0
            elif code == 0:
                for r in range(n_rows):
                    zz = zj[r] + b
                    zj[r] = zz
                    aj[r] = zz
            else:
                for r in range(n_rows):
                    zz = zj[r] + b
                    zj[r] = zz
                    aj[r] = _activate(code, parameter, zz)
            for r in range(n_rows):
                if not math.isfinite(zj[r]):
                    finite = False
        if keep.shape[0] > 0 and layer < n_layers - 1 and keep_scale[layer] >= 0.0:
            # Inverted dropout as network.py applies it: a * (mask * scale), 0 for a dropped unit.
            scale = keep_scale[layer]
            for j in range(n):
                aj, kj = a[uo + j], keep[uo + j]
                for r in range(n_rows):
                    aj[r] = aj[r] * (scale if kj[r] else 0.0)
    return finite


@_compiled
def output_row(kind: int, z: np.ndarray, start: int, k: int, y: np.ndarray, src: int, pred: np.ndarray,
               terms: np.ndarray) -> None:
    """The prediction and the loss's terms of one row from its output z[start:start + k] (losses.py)."""
    if kind == 3:  # softmax
        top = z[start]
        for j in range(1, k):
            if z[start + j] > top or z[start + j] != z[start + j]:
                top = z[start + j]
        total = 0.0
        for j in range(k):
            pred[j] = math.exp(z[start + j] - top)
            total += pred[j]
        log_total = math.log(total)
        for j in range(k):
            terms[j] = -(y[src, j] * ((z[start + j] - top) - log_total))
            pred[j] = pred[j] / total
        return
    for j in range(k):
        zz, t = z[start + j], y[src, j]
        if kind == 0:
            e = math.exp(min(zz, -zz)) if zz == zz else zz
            pred[j] = (1.0 if zz >= 0.0 else e) / (1.0 + e)
            terms[j] = (max(zz, 0.0) if zz == zz else zz) - zz * t + math.log1p(e)
        elif kind == 1:
            pred[j] = zz
            terms[j] = (zz - t) * (zz - t)
        else:
            p = math.tanh(zz)
            pred[j] = p
            terms[j] = 0.5 * ((p - t) * (p - t))


@_compiled
def row_right(kind: int, pred: np.ndarray, k: int, y: np.ndarray, src: int) -> bool:
    """Whether a row is classified right (accuracy.py): the side of 0.5 (sigmoid) or 0 (tanh)
    for every output, the largest output for softmax."""
    if kind == 3:
        best_p, best_y = 0, 0
        for j in range(1, k):
            if pred[j] > pred[best_p]:
                best_p = j
            if y[src, j] > y[src, best_y]:
                best_y = j
        return best_p == best_y
    boundary = 0.5 if kind == 0 else 0.0
    for j in range(k):
        if (pred[j] > boundary) != (y[src, j] > boundary):
            return False
    return True


@_compiled
def evaluate(x: np.ndarray, y: np.ndarray, params: np.ndarray, dims: np.ndarray, w_off: np.ndarray,
             b_off: np.ndarray, u_off: np.ndarray, acts: np.ndarray, act_params: np.ndarray,
             kind: int, bn: np.ndarray) -> tuple[float, float]:
    """(loss, accuracy) of the whole set (x, y) in evaluation mode (batch norm's running
    statistics): Network.evaluate_loss and the Trainer's validation accuracy (NaN for a
    non-finite prediction)."""
    n_rows, k = x.shape[0], y.shape[1]
    units, out = u_off[-1] + k, u_off[-1]
    z, a = np.empty((units, BLOCK)), np.empty((units, BLOCK))
    zo, pred, terms = np.empty(k), np.empty(k), np.empty(k)
    total, right, pred_sum = 0.0, 0, 0.0
    no_dropout = np.zeros((0, 0), np.bool_)
    lin, xhat, stats = np.empty((units, BLOCK)), np.empty((units, BLOCK)), np.empty((units, 3))
    for start in range(0, n_rows, BLOCK):
        rows = np.arange(start, min(start + BLOCK, n_rows))
        forward_block(x, rows, params, dims, w_off, b_off, u_off, acts, act_params, z, a, no_dropout, act_params, bn,
                      False, lin, xhat, stats)
        for r in range(rows.shape[0]):
            for j in range(k):
                zo[j] = z[out + j, r]
            output_row(kind, zo, 0, k, y, rows[r], pred, terms)
            for j in range(k):
                total += terms[j]
                pred_sum += pred[j]
            if row_right(kind, pred, k, y, rows[r]):
                right += 1
    loss = total / n_rows if kind == 3 else total / (n_rows * k)
    return loss, (right / n_rows if math.isfinite(pred_sum) else math.nan)


@_compiled
def scan_units(x: np.ndarray, params: np.ndarray, dims: np.ndarray, w_off: np.ndarray, b_off: np.ndarray,
               u_off: np.ndarray, acts: np.ndarray, act_params: np.ndarray, can_die: np.ndarray,
               sat_limit: np.ndarray, dead: np.ndarray, saturated: np.ndarray, bn: np.ndarray) -> None:
    """Dead (z <= 0 on every row) and saturated (|z| > limit on every row) hidden units on the
    whole set x in evaluation mode (unit_scan.py), into dead and saturated (hidden units,). A unit is ruled out by
    the first row that shows it alive, and the scan ends after the first block of rows that
    leaves every unit ruled out: in a healthy network after one block, with the result of a
    scan of every row."""
    hidden = dims.shape[0] - 2
    undecided = 0
    for layer in range(hidden):
        for j in range(u_off[layer], u_off[layer] + dims[layer + 1]):
            dead[j] = can_die[layer]
            saturated[j] = sat_limit[layer] > 0.0
            undecided += int(dead[j]) + int(saturated[j])
    units = u_off[-1] + dims[-1]
    z, a = np.empty((units, BLOCK)), np.empty((units, BLOCK))
    no_dropout = np.zeros((0, 0), np.bool_)
    lin, xhat, stats = np.empty((units, BLOCK)), np.empty((units, BLOCK)), np.empty((units, 3))
    for start in range(0, x.shape[0], BLOCK):
        if undecided == 0:
            return
        rows = np.arange(start, min(start + BLOCK, x.shape[0]))
        forward_block(x, rows, params, dims, w_off, b_off, u_off, acts, act_params, z, a, no_dropout, act_params, bn,
                      False, lin, xhat, stats)
        for layer in range(hidden):
            limit = sat_limit[layer]
            for j in range(u_off[layer], u_off[layer] + dims[layer + 1]):
                for r in range(rows.shape[0]):
                    if dead[j] and not z[j, r] <= 0.0:
                        dead[j] = False
                        undecided -= 1
                    if saturated[j] and not abs(z[j, r]) > limit:
                        saturated[j] = False
                        undecided -= 1


@_compiled
def _batch_norm_backward(dz: np.ndarray, xhat: np.ndarray, stats: np.ndarray, dlin: np.ndarray, grads: np.ndarray,
                         params: np.ndarray, uo: int, g: int, n: int, n_rows: int) -> tuple[float, float]:
    """batch_norm.backward for a layer's n units (from ``uo``; gamma at params[g:], beta after
    it): dL/dlinear = inv_std / B * (B dxhat - sum dxhat - xhat sum(dxhat xhat)) with
    dxhat = dL/dz gamma, into dlin; dL/dgamma and dL/dbeta into grads; returns their sums of squares."""
    sq_gamma, sq_beta = 0.0, 0.0
    for j in range(n):
        dzj, xj, dl = dz[uo + j], xhat[uo + j], dlin[uo + j]
        gamma, inv_std = params[g + j], stats[uo + j, 2]
        dgamma, dbeta, sum_dxhat, sum_dxhat_xhat = 0.0, 0.0, 0.0, 0.0
        for r in range(n_rows):
            dgamma += dzj[r] * xj[r]
            dbeta += dzj[r]
            dxh = dzj[r] * gamma
            sum_dxhat += dxh
            sum_dxhat_xhat += dxh * xj[r]
        factor = inv_std / n_rows
        for r in range(n_rows):
            dl[r] = factor * ((n_rows * (dzj[r] * gamma) - sum_dxhat) - xj[r] * sum_dxhat_xhat)
        grads[g + j], grads[g + n + j] = dgamma, dbeta
        sq_gamma += dgamma * dgamma
        sq_beta += dbeta * dbeta
    return sq_gamma, sq_beta


@_compiled
def _backward(x: np.ndarray, rows: np.ndarray, params: np.ndarray, dims: np.ndarray, w_off: np.ndarray,
              b_off: np.ndarray, u_off: np.ndarray, acts: np.ndarray, act_params: np.ndarray, z: np.ndarray,
              a: np.ndarray, dz: np.ndarray, dz_rows: np.ndarray, grads: np.ndarray, l1: float, l2: float,
              sq: np.ndarray, keep: np.ndarray, keep_scale: np.ndarray, loss_grads: np.ndarray, bn: np.ndarray,
              xhat: np.ndarray, stats: np.ndarray, dlin: np.ndarray, p_end: np.ndarray) -> None:
    """dL/dz of every unit and row (dz (units, rows), the output layer's already in it), then
    each layer's gradients into grads (the penalty's included, as the update takes them) and,
    per layer, sq[l] = (sum dW^2 of the loss alone, sum db^2, sum dW^2 with the penalty,
    sum dgamma^2, sum dbeta^2): backward.py. Batch norm (``_batch_norm_backward``): dL/dz
    through the normalization into dlin, from which W and b take their gradients.
    dW[i, j] and db[j] sum over the rows from r = 0 up, dL/da[i] over j from 0 up.
    Dropout as ``forward_block`` applied it: dL/da through the mask and scale, and f'(z) from
    the activation before dropout (computed again from z: a holds it after dropout).
    ``loss_grads`` (parameters,), or (0,) for none: the loss's own gradients, before the
    penalty's are added (what clipping scales)."""
    n_rows = rows.shape[0]
    for layer in range(dims.shape[0] - 2, -1, -1):
        n_in, n, wo, bo, uo = dims[layer], dims[layer + 1], w_off[layer], b_off[layer], u_off[layer]
        ui = u_off[layer - 1] if layer > 0 else 0
        sq[layer, 3], sq[layer, 4] = 0.0, 0.0
        below = dz  # what W and b take their gradients from: dL/dz, or dL/dlinear under batch norm
        if bn[layer]:
            sq[layer, 3], sq[layer, 4] = _batch_norm_backward(dz, xhat, stats, dlin, grads, params, uo, bo + n, n,
                                                              n_rows)
            below = dlin
        for r in range(n_rows):  # the layer's dL/dz row by row: a row of dW at a time below
            for j in range(n):
                dz_rows[r, j] = below[uo + j, r]
        for p in range(wo, bo + n):
            grads[p] = 0.0
        for r in range(n_rows):
            for i in range(n_in):
                inp = x[rows[r], i] if layer == 0 else a[ui + i, r]
                row = wo + i * n
                for j in range(n):
                    grads[row + j] += inp * dz_rows[r, j]
            for j in range(n):
                grads[bo + j] += dz_rows[r, j]
        if loss_grads.shape[0] > 0:
            for p in range(wo, p_end[layer]):
                loss_grads[p] = grads[p]
        sq_w, sq_b, sq_pen = 0.0, 0.0, 0.0
        for i in range(n_in):
            for j in range(n):
                g = grads[wo + i * n + j]
                sq_w += g * g
                if l1 != 0.0 or l2 != 0.0:
                    g = g + _penalty_grad(l1, l2, params[wo + i * n + j])
                    sq_pen += g * g
                    grads[wo + i * n + j] = g
        for j in range(n):
            sq_b += grads[bo + j] * grads[bo + j]
        sq[layer, 0], sq[layer, 1] = sq_w, sq_b
        sq[layer, 2] = sq_pen if (l1 != 0.0 or l2 != 0.0) else sq_w
        if layer == 0:
            continue
        code, parameter = acts[layer - 1], act_params[layer - 1]
        dropped = keep.shape[0] > 0 and keep_scale[layer - 1] >= 0.0
        for i in range(n_in):
            da = dz[ui + i]
            for r in range(n_rows):
                da[r] = 0.0
            for j in range(n):
                w, dzj = params[wo + i * n + j], below[uo + j]
                for r in range(n_rows):
                    da[r] += dzj[r] * w
            zi, ai = z[ui + i], a[ui + i]
            if dropped:
                scale, ki = keep_scale[layer - 1], keep[ui + i]
                for r in range(n_rows):
                    da[r] = da[r] * (scale if ki[r] else 0.0)
                    da[r] = da[r] * _slope(code, parameter, zi[r], _activate(code, parameter, zi[r]))
            else:
                for r in range(n_rows):
                    da[r] = da[r] * _slope(code, parameter, zi[r], ai[r])


@_compiled
def _batch_output(kind: int, y: np.ndarray, rows: np.ndarray, z: np.ndarray, out: int, dz: np.ndarray,
                  zo: np.ndarray, pred: np.ndarray, terms: np.ndarray, pred_rows: np.ndarray,
                  terms_rows: np.ndarray) -> tuple[float, float]:
    """(loss, accuracy) of the batch from the output layer's z (units from ``out`` on), the
    loss's gradient dL/dz of the output layer into dz (losses.loss_grad), and each row's
    prediction and loss terms into pred_rows and terms_rows (rows, outputs)."""
    n_rows, k = rows.shape[0], y.shape[1]
    total, right = 0.0, 0
    size = float(n_rows) if kind == 3 else float(n_rows * k)
    for r in range(n_rows):
        src = rows[r]
        for j in range(k):
            zo[j] = z[out + j, r]
        output_row(kind, zo, 0, k, y, src, pred, terms)
        for j in range(k):
            total += terms[j]
            p, t = pred[j], y[src, j]
            pred_rows[r, j], terms_rows[r, j] = p, terms[j]
            if kind == 1:
                dz[out + j, r] = 2.0 * (zo[j] - t) / size
            elif kind == 2:
                dz[out + j, r] = (p - t) * (1.0 - p * p) / size
            else:
                dz[out + j, r] = (p - t) / size
        if row_right(kind, pred, k, y, src):
            right += 1
    return total / size, right / n_rows


@_compiled
def _update(opt_kind: int, hyper: np.ndarray, bias1: float, bias2: float, params: np.ndarray, grads: np.ndarray,
            buf: np.ndarray, buf2: np.ndarray, has_buf: bool, start: int, stop: int) -> None:
    """The optimizer's step on params[start:stop] (a layer's W and b) from their gradients,
    as optimizers.py and step_record.new_params compute it: new = old + update."""
    lr, momentum, beta1, beta2, epsilon = hyper[0], hyper[1], hyper[4], hyper[5], hyper[6]
    for p in range(start, stop):
        g = grads[p]
        if opt_kind == 1:
            buf[p] = momentum * buf[p] + g if has_buf else g
            params[p] = params[p] + (-lr) * buf[p]
        elif opt_kind == 2:  # Adam; bias1 and bias2: 1 - beta1^t and 1 - beta2^t
            if has_buf:
                buf[p] = beta1 * buf[p] + (1.0 - beta1) * g
                buf2[p] = beta2 * buf2[p] + (1.0 - beta2) * g * g
            else:
                buf[p] = (1.0 - beta1) * g
                buf2[p] = (1.0 - beta2) * g * g
            params[p] = params[p] + (-lr) * (buf[p] / bias1) / (math.sqrt(buf2[p] / bias2) + epsilon)
        else:
            params[p] = params[p] + g * (-lr)


@_compiled
def _running_stats(params: np.ndarray, bo: int, n: int, uo: int, stats: np.ndarray, running: np.ndarray,
                   n_rows: int) -> bool:
    """A batch-norm layer's running mean and variance after this batch (batch_norm.running_stats:
    the unbiased variance averaged in) into running[uo:uo + n]; True if all are finite."""
    finite = True
    for j in range(n):
        mean, var = stats[uo + j, 0], stats[uo + j, 1]
        unbiased = var * (n_rows / (n_rows - 1)) if n_rows > 1 else var
        new_mean = (1 - BN_MOMENTUM) * params[bo + 3 * n + j] + BN_MOMENTUM * mean
        new_var = (1 - BN_MOMENTUM) * params[bo + 4 * n + j] + BN_MOMENTUM * unbiased
        running[uo + j, 0], running[uo + j, 1] = new_mean, new_var
        if not (math.isfinite(new_mean) and math.isfinite(new_var)):
            finite = False
    return finite


@_compiled
def train_steps(x: np.ndarray, y: np.ndarray, batches: np.ndarray, evaluate_at: np.ndarray, x_val: np.ndarray,
                y_val: np.ndarray, dims: np.ndarray, w_off: np.ndarray, b_off: np.ndarray, u_off: np.ndarray,
                acts: np.ndarray, act_params: np.ndarray, can_die: np.ndarray, sat_limit: np.ndarray,
                out_kind: int, opt_kind: int, hyper: np.ndarray, adam_bias: np.ndarray, params: np.ndarray,
                buf: np.ndarray, buf2: np.ndarray, has_buf: np.ndarray, dead: np.ndarray, saturated: np.ndarray,
                best_val: float, since_best: int, patience: int, best_params: np.ndarray, losses: np.ndarray,
                accs: np.ndarray, val_losses: np.ndarray,
                val_accs: np.ndarray, norms: np.ndarray, global_norms: np.ndarray, dead_counts: np.ndarray,
                sat_counts: np.ndarray, z: np.ndarray, a: np.ndarray, dz: np.ndarray, grads: np.ndarray,
                pred_rows: np.ndarray, terms_rows: np.ndarray, keep: np.ndarray,
                keep_scale: np.ndarray, clipped: np.ndarray, frozen: np.ndarray, bn: np.ndarray, p_end: np.ndarray,
                lin: np.ndarray, xhat: np.ndarray, dlin: np.ndarray, stats: np.ndarray,
                before_last: np.ndarray) -> tuple[int, int, float, int]:
    """Trains on the batches (one row of training-set indices per step), changing params,
    buf and buf2 (momentum's buffer, or Adam's m and v), has_buf (per layer: buffers there
    already), dead and saturated (the last whole-set scan) in place; per step
    s: the loss and accuracy of its batch, per layer the gradient norm and dead and saturated
    counts, the global norm of the loss's gradients (before the penalty's, as backward.updates
    measures it), and on steps with evaluate_at[s] the scan before the update and the validation
    loss and accuracy after it. The last step done leaves its batch's numbers in the work arrays
    (what a trace shows, ``fused_trace``): z and a (units, rows) of every layer (the output
    layer's a is its z), dz (units, rows) dL/dz, grads (parameters,) the gradients with the
    penalty's, before any clipping (as a trace shows them), pred_rows and terms_rows (rows, outputs). Dropout: keep (k,
    units, rows) each step's masks (True: kept; (k, 0, 0) for none) and keep_scale per layer
    (``forward_block``).
    Clipping (PyTorch's clip_grad_norm_, as backward.updates clips): where the global norm
    exceeds hyper[7] (0: none) the loss's gradients are scaled to it, the penalty's added after;
    clipped[s] says so (grads, as a trace shows them, stay unclipped). A layer with frozen[l]
    keeps its parameters: its gradients are computed (and must be finite) but not in the
    global norm, as backward.updates leaves a frozen layer out (only SGD has no buffers to keep
    apart: ``fused_steps.unsupported_reason``).
    Batch norm (layers with bn[l]; p_end[l]: where a layer's trained parameters end, see the
    module's docstring): the batch's statistics in the step, the running ones in the scan and
    the validation loss; after an update the running statistics take the batch's in
    (batch_norm.running_stats), but not a frozen layer's. The last step leaves lin, xhat and
    dlin (units, rows) (dL/dlinear) and stats (units, 3) (mean, var, 1 / std) too.
    before_last: params as they were before the last of the k steps (a copy, when it is of
    params' size; (0,) for none): with the work arrays, the last step's trace (``fused_trace``).
    hyper: learning rate, momentum, l1, l2, Adam's beta1, beta2, epsilon, clip norm; adam_bias (k, 2):
    Adam's bias corrections 1 - beta^t of each step. best_val: the best validation loss so far
    (inf for none); a better one copies params to best_params; since_best: evaluations since
    it; patience: early stopping's (-1 for none).
    Returns (steps done, DONE or why it stopped, best validation loss, step of it or -1).
    One function for the whole step loop: it is a single compiled call (numba)."""
    l1, l2, clip = hyper[2], hyper[3], hyper[7]
    n_layers = dims.shape[0] - 1
    n_rows, k = batches.shape[1], y.shape[1]
    dz_rows = np.empty((n_rows, np.max(dims[1:])))
    loss_grads = np.empty(params.shape[0] if clip > 0.0 else 0)
    applied = np.empty(params.shape[0] if clip > 0.0 else 0)
    sq = np.empty((n_layers, 5))
    running = np.empty((u_off[-1], 2))  # a step's new running mean and variance, per hidden unit
    zo, pred, terms = np.empty(k), np.empty(k), np.empty(k)
    best_at = -1
    for s in range(batches.shape[0]):
        rows = batches[s]
        if s == batches.shape[0] - 1 and before_last.shape[0] == params.shape[0]:
            before_last[:] = params
        if evaluate_at[s]:
            scan_units(x, params, dims, w_off, b_off, u_off, acts, act_params, can_die, sat_limit, dead, saturated,
                       bn)
        for layer in range(n_layers):
            dead_counts[s, layer], sat_counts[s, layer] = 0, 0
            if layer < n_layers - 1:
                for j in range(u_off[layer], u_off[layer] + dims[layer + 1]):
                    dead_counts[s, layer] += int(dead[j])
                    sat_counts[s, layer] += int(saturated[j])
        step_keep = keep[s]
        finite = forward_block(x, rows, params, dims, w_off, b_off, u_off, acts, act_params, z, a, step_keep,
                               keep_scale, bn, True, lin, xhat, stats)
        for layer in range(n_layers - 1):
            if bn[layer] and not frozen[layer]:
                if not _running_stats(params, b_off[layer], dims[layer + 1], u_off[layer], stats, running, n_rows):
                    finite = False
        loss, accs[s] = _batch_output(out_kind, y, rows, z, u_off[-1], dz, zo, pred, terms, pred_rows, terms_rows)
        _backward(x, rows, params, dims, w_off, b_off, u_off, acts, act_params, z, a, dz, dz_rows, grads, l1, l2,
                  sq, step_keep, keep_scale, loss_grads, bn, xhat, stats, dlin, p_end)
        total, total_pen = 0.0, 0.0
        for layer in range(n_layers - 1, -1, -1):
            if frozen[layer]:  # not in the norm: finite element by element (a huge one is no divergence)
                for p in range(w_off[layer], p_end[layer]):
                    if not math.isfinite(grads[p]):
                        finite = False
                continue
            total = total + sq[layer, 0]
            total = total + sq[layer, 1]
            if bn[layer]:
                total = total + sq[layer, 3]
                total = total + sq[layer, 4]
            total_pen += sq[layer, 2]
        if not (finite and math.isfinite(loss) and math.isfinite(math.sqrt(total))
                and ((l1 == 0.0 and l2 == 0.0) or math.isfinite(total_pen))):
            return s, STOPPED_BEFORE_DIVERGENCE, best_val, best_at
        losses[s], global_norms[s] = loss, math.sqrt(total)
        for layer in range(n_layers):  # step_record.layer_grad_norm
            squares = sq[layer, 2] + sq[layer, 1]
            if bn[layer]:
                squares += sq[layer, 3] + sq[layer, 4]
            norms[s, layer] = math.sqrt(squares)
        factor = clip / (math.sqrt(total) + 1e-6) if clip > 0.0 else 1.0
        clipped[s] = factor < 1.0
        use = grads
        if clipped[s]:  # the loss's gradients scaled, the penalty's added after (as PyTorch's weight_decay)
            use = applied
            for layer in range(n_layers):
                wo, bo = w_off[layer], b_off[layer]
                if frozen[layer]:
                    continue
                for p in range(wo, p_end[layer]):
                    g = loss_grads[p] * factor
                    if p < bo and (l1 != 0.0 or l2 != 0.0):
                        g = g + _penalty_grad(l1, l2, params[p])
                    applied[p] = g
        for layer in range(n_layers):
            if frozen[layer]:
                continue
            _update(opt_kind, hyper, adam_bias[s, 0], adam_bias[s, 1], params, use, buf, buf2, has_buf[layer],
                    w_off[layer], p_end[layer])
            has_buf[layer] = True
            if bn[layer]:  # the running statistics after the parameters, as Network._apply sets them
                n, uo = dims[layer + 1], u_off[layer]
                for j in range(n):
                    params[p_end[layer] + j], params[p_end[layer] + n + j] = running[uo + j, 0], running[uo + j, 1]
        if evaluate_at[s] and x_val.shape[0] > 0:
            val_losses[s], val_accs[s] = evaluate(x_val, y_val, params, dims, w_off, b_off, u_off, acts,
                                                  act_params, out_kind, bn)
            if not math.isfinite(val_losses[s]):
                return s + 1, VALIDATION_DIVERGED, best_val, best_at
            if val_losses[s] < best_val:
                best_val, best_at, since_best = val_losses[s], s, 0
                best_params[:] = params
            else:
                since_best += 1
                if 0 <= patience <= since_best:
                    return s + 1, PATIENCE_ENDED, best_val, best_at
    return batches.shape[0], DONE, best_val, best_at
