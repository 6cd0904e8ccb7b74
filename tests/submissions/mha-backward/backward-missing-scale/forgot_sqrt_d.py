import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    N, T, D = x.shape
    h, d = num_heads, D // num_heads
    Q = (x @ Wq).reshape(N, T, h, d).transpose(0, 2, 1, 3)
    K = (x @ Wk).reshape(N, T, h, d).transpose(0, 2, 1, 3)
    V = (x @ Wv).reshape(N, T, h, d).transpose(0, 2, 1, 3)
    S = Q @ K.transpose(0, 1, 3, 2) / d ** 0.5
    if mask is not None:
        S[:, :, ~mask] = -np.inf
    P = np.exp(S - S.max(-1, keepdims=True))
    P /= P.sum(-1, keepdims=True)
    C = (P @ V).transpose(0, 2, 1, 3).reshape(N, T, D)
    return C @ Wo, (x, Wq, Wk, Wv, Wo, Q, K, V, P, C)


def mha_backward(dout, cache):
    x, Wq, Wk, Wv, Wo, Q, K, V, P, C = cache
    N, T, D = x.shape
    h, d = Q.shape[1], Q.shape[3]
    dWo = C.reshape(-1, D).T @ dout.reshape(-1, D)
    dH = (dout @ Wo.T).reshape(N, T, h, d).transpose(0, 2, 1, 3)
    dP = dH @ V.transpose(0, 1, 3, 2)
    dV = P.transpose(0, 1, 3, 2) @ dH
    dS = P * (dP - (dP * P).sum(-1, keepdims=True))
    dQ = (dS @ K).transpose(0, 2, 1, 3).reshape(N, T, D)
    dK = (dS.transpose(0, 1, 3, 2) @ Q).transpose(0, 2, 1, 3).reshape(N, T, D)
    dV = dV.transpose(0, 2, 1, 3).reshape(N, T, D)
    X = x.reshape(-1, D)
    dWq, dWk, dWv = X.T @ dQ.reshape(-1, D), X.T @ dK.reshape(-1, D), X.T @ dV.reshape(-1, D)
    return dQ @ Wq.T + dK @ Wk.T + dV @ Wv.T, dWq, dWk, dWv, dWo
