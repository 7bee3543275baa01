from sympy import symbols, diff

from labels import Claim

SOURCE = "https://github.com/Snow0821/my-dl-library/blob/1a62204b2a403223edb931cc190fee646c80c316/README.md"
TITLE = "Gradient of L = (y - (wx + b))^2 in w and b and the update steps (sign slip and a lost square on the way)"
TOPIC = "linear"

# One sample: prediction yhat = wx + b, loss L = (y - yhat)^2; w_hat = w - eta dL/dw and
# b_hat = b - eta dL/db are the update rules the document defines (lines 9 and 11, not claims).
w, b, x, y, eta = symbols("w b x y eta", real=True)
yh = w * x + b
L = (y - yh)**2
Dw, Db = diff(L, w), diff(L, b)

# the written intermediate expressions
W18 = diff((y - w * x + b)**2, w)                      # d(y - wx + b)^2/dw: the sign of b flipped
W20 = 2 * (y - (w * x + b)) * diff(y - w * x - b, w)
W22 = -2 * x * (y - w * x - b)
B34 = diff(y - (w * x + b), b)                          # d(y - (wx + b))/db: the square is gone
B36 = 2 * (y - (w * x + b)) * diff(y - w * x - b, b)
B38 = -2 * (y - w * x - b)

CLAIMS = [
    # weight: each = between the previous line and the next
    Claim(16, "valid", Dw, diff((y - yh)**2, w)),
    Claim(18, "invalid", diff((y - yh)**2, w), W18,
          note="y - yhat = y - wx - b, not y - wx + b: d/dw (y - wx + b)^2 = -2x(y - wx + b)"),
    Claim(20, "invalid", W18, W20,
          note="the right chain-rule step for dL/dw, but not equal to the previous line's derivative of (y - wx + b)^2"),
    Claim(22, "valid", W20, W22),
    Claim(24, "valid", W22, -2 * x * (y - yh)),
    Claim(27, "valid", w - eta * Dw, w + 2 * eta * x * (y - yh), note="w_hat = w - eta dL/dw, defined above"),
    # bias
    Claim(32, "valid", Db, diff((y - yh)**2, b)),
    Claim(34, "invalid", diff((y - yh)**2, b), B34,
          note="the square is dropped: d/db (y - (wx + b)) = -1, while d/db (y - yhat)^2 = -2(y - yhat)"),
    Claim(36, "invalid", B34, B36,
          note="the right chain-rule step for dL/db, but the previous line (no square) is the constant -1"),
    Claim(38, "valid", B36, B38),
    Claim(40, "valid", B38, -2 * (y - yh)),
    Claim(43, "valid", b - eta * Db, b + 2 * eta * (y - yh), note="b_hat = b - eta dL/db, defined above"),
]
