"""TeX math in a statement, as Unicode text a terminal can show (`mlfun next`, `mlfun show`).

The statement keeps its TeX (the notebook renders it natively); only the terminal's copy is
converted. flatlatex and unicodeit were tried on every shipped formula: both leave commands
in (\\text, \\mathrm, \\log, \\top, \\Big, cases) or garble them (unicodeit turns \\log into
"łog"), and pylatexenc drops the parentheses a fraction needs ("1/1 + e^-x"). The subset
the course uses is small, so it is converted here, with the precedence kept:

    \\frac{a + b}{2 c}  ->  (a + b)/(2c)      x_{n}^{2}  ->  xₙ²      \\sum_{n=1}^{N}  ->  ∑ₙ₌₁ᴺ
    x_{\\text{pad}}      ->  x_pad            \\hat\\mu    ->  μ̂        \\begin{cases}   ->  one line per case

A command this table does not know becomes its bare name (never a backslash on screen);
`strict=True` raises instead, which is how the test over all shipped statements finds one.
"""
from __future__ import annotations

import re

SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
    "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "kappa": "κ",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Omega": "Ω",
    "ell": "ℓ", "partial": "∂", "nabla": "∇", "infty": "∞", "sum": "∑", "prod": "∏", "int": "∫",
    "cdot": "·", "times": "×", "odot": "⊙", "otimes": "⊗", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "equiv": "≡", "propto": "∝",
    "succ": "≻", "prec": "≺", "ll": "≪", "gg": "≫", "emptyset": "∅", "varnothing": "∅",
    "leftarrow": "←", "rightarrow": "→", "to": "→", "gets": "←", "Leftarrow": "⇐", "Rightarrow": "⇒",
    "Longrightarrow": "⟹", "Longleftarrow": "⟸", "implies": "⟹", "Longleftrightarrow": "⟺", "iff": "⟺",
    "mapsto": "↦", "in": "∈", "notin": "∉", "subset": "⊂",
    "mid": "∣", "lVert": "‖", "rVert": "‖", "Vert": "‖", "|": "‖", "lvert": "|", "rvert": "|",
    "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
    "dots": "…", "ldots": "…", "cdots": "⋯", "top": "ᵀ", "star": "⋆", "circ": "∘", "{": "{", "}": "}",
    "%": "%", "_": "_", "#": "#", "&": "&", "$": "$",
}
WORDS = {"log", "ln", "exp", "max", "min", "argmax", "argmin", "arg", "sin", "cos", "tan", "tanh", "det", "lim",
         "sup", "inf"}
SPACES = {",": " ", ";": " ", ":": " ", "!": "", " ": " ", "quad": "  ", "qquad": "    "}
SIZES = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
         "Biggl", "Biggr", "displaystyle", "textstyle", "limits", "nolimits"}
TEXT = {"text", "mathrm", "textrm", "operatorname", "textit", "mathit", "textbf", "mathbf", "boldsymbol",
        "texttt", "mathtt", "mathsf"}
FRACTIONS = {"frac", "dfrac", "tfrac"}
ACCENTS = {"hat": "\u0302", "widehat": "\u0302", "bar": "\u0304", "overline": "\u0304", "tilde": "\u0303",
           "widetilde": "\u0303", "vec": "\u20d7", "dot": "\u0307"}
BLACKBOARD = {"R": "ℝ", "E": "𝔼", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "1": "𝟙"}
CALLIGRAPHIC = {"N": "𝒩", "L": "ℒ", "O": "𝒪", "D": "𝒟", "X": "𝒳", "Y": "𝒴"}
SUPER = dict(zip("0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWᵀ",
                 "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵀ"))
SUB = dict(zip("0123456789+-−=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))
TOKEN = re.compile(r"\\([A-Za-z]+|.)|([{}^_&])|(\s+)|([^\\{}^_&\s])", re.S)


class UnknownCommand(ValueError):
    """A TeX command the converter has no rendering for (raised only with strict=True)."""


def tex_to_unicode(tex: str, strict: bool = False) -> str:
    """The formula as Unicode text; several lines for a `cases` block."""
    return _Parser(tex, strict).run()


class _Parser:
    def __init__(self, tex: str, strict: bool):
        self.tokens = list(TOKEN.finditer(tex.replace("\\\\", "\x00")))      # \\ : a line break
        self.at, self.strict = 0, strict

    def run(self) -> str:
        text = self.sequence(until=None)
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        text = re.sub(r" ?\x01 ?", "    ", text)                    # a cases row's column break
        text = re.sub(r"(?<=\S) +([,)])", r"\1", text)              # "1/N ," from a fraction's space
        return re.sub(rf"\b({'|'.join(WORDS)}) (?=[(_^])", r"\1", text)   # tanh(a), max_(...)

    # -------------------------------------------------------------- reading

    def peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self):
        token = self.peek()
        self.at += 1
        return token

    def sequence(self, until: str | None) -> str:
        out = []
        while self.peek() is not None:
            token = self.peek()
            if until and token.group(2) == until:
                self.at += 1
                break
            if token.group(1) == "end":
                break
            out.append(self.item())
        return "".join(out)

    def argument(self) -> str:
        """One argument: a {group}, a command with its own arguments, or one character."""
        while self.peek() is not None and self.peek().group(3):
            self.at += 1
        token = self.peek()
        if token is None:
            return ""
        if token.group(2) == "{":
            self.at += 1
            return self.sequence(until="}")
        return self.item()

    # -------------------------------------------------------------- one item

    def item(self) -> str:
        token = self.take()
        command, special, space, char = token.groups()
        if space:
            return " "
        if char:
            return {"-": "−", "*": "∗", "'": "′", "\x00": "\n"}.get(char, char)
        if command is not None:
            return self.command(command)
        if special == "{":
            return self.sequence(until="}")
        if special in "^_":
            return self.script(special)
        return "\x01"                    # &: the column break of a cases row

    def script(self, kind: str) -> str:
        body = self.argument().strip()
        table = SUPER if kind == "^" else SUB
        if body and all(c in table for c in body.replace(" ", "")):
            return "".join(table[c] for c in body.replace(" ", ""))
        if re.fullmatch(r"[\w.′]+", body) or len(body) == 1:
            return kind + body
        return f"{kind}({body})"

    def command(self, name: str) -> str:
        if name in SPACES:
            return SPACES[name]
        if name in SIZES:
            return ""
        if name in SYMBOLS:
            return SYMBOLS[name]
        if name in WORDS:
            return name + " "
        if name in TEXT:
            return self.argument()
        if name in FRACTIONS:
            return _fraction(self.argument().strip(), self.argument().strip()) + " "
        if name == "sqrt":
            body = self.argument().strip()
            return "√" + (body if _atomic(body) else f"({body})")
        if name in ACCENTS:
            body = self.argument().strip()
            return body + ACCENTS[name] if body else ""
        if name == "mathbb":
            body = self.argument().strip()
            return "".join(BLACKBOARD.get(c, c) for c in body)
        if name == "mathcal":
            body = self.argument().strip()
            return "".join(CALLIGRAPHIC.get(c, c) for c in body)
        if name == "underbrace":
            return self.underbrace()
        if name == "begin":
            return self.environment()
        if self.strict:
            raise UnknownCommand(f"\\{name}")
        return name

    def underbrace(self) -> str:
        """`\\underbrace{X}_{what}` -> `X ⟨what⟩`: the label is kept, said after the term."""
        body = self.argument()
        label = ""
        if self.peek() is not None and self.peek().group(2) == "_":
            self.at += 1
            label = self.argument().strip()
        return f"{body} ⟨{label}⟩" if label else body

    def environment(self) -> str:
        """`cases` as one line per case, with a brace drawn down the left."""
        kind = self.argument().strip()
        body = self.sequence(until=None)
        if self.peek() is not None and self.peek().group(1) == "end":
            self.at += 1
            self.argument()
        if kind != "cases":
            return body
        rows = [" ".join(r.split()) for r in body.split("\n") if r.strip()]
        rows = [re.sub(r"\[\d+(\.\d+)?(ex|pt|em)\]", "", r).strip() for r in rows]
        if len(rows) == 1:
            return "{ " + rows[0]
        marks = ["⎧"] + ["⎨" if k == len(rows) // 2 and len(rows) > 2 else "⎪" for k in range(1, len(rows) - 1)] + ["⎩"]
        return "\n" + "\n".join(f"    {m} {r}" for m, r in zip(marks, rows)) + "\n"


def _atomic(text: str) -> bool:
    """No operator or space outside parentheses: safe as a fraction's part without brackets."""
    depth = 0
    for c in text:
        depth += c in "([{" and 1 or 0
        depth -= c in ")]}" and 1 or 0
        if depth == 0 and c in " +−-=<>,·×/∣":
            return False
    return True


SCRIPTS = "".join(SUPER.values()) + "".join(SUB.values()) + "′\u0302\u0304\u0303\u20d7\u0307"


def _one_symbol(text: str) -> bool:
    """A number, a word, or one letter with its scripts and accents ("σₖ²", "λₘₐₓ", "stride"):
    what can follow a slash without brackets. "2h" and "n(n−1)" cannot: "1/2h" misreads."""
    core = text.rstrip(SCRIPTS)
    return bool(re.fullmatch(r"\d+(\.\d+)?|∂?[^\W\d_]+|[^\W\d_][^\W\d]*_\w+", core)) and \
        all(c not in text for c in " +−-=<>,·×/∣(")


def _fraction(top: str, bottom: str) -> str:
    top, bottom = (t.replace("∂ ", "∂") for t in (top, bottom))
    top = top if _atomic(top) else f"({top})"
    bottom = bottom if _one_symbol(bottom) or _wrapped(bottom) else f"({bottom})"
    return f"{top}/{bottom}"


def _wrapped(text: str) -> bool:
    """One bracketed group, "(...)", already safe after a slash."""
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for k, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if depth == 0 and k < len(text) - 1:
            return False
    return True


MATH = re.compile(r"\$\$(.+?)\$\$|(?<![$\\])\$([^$\n]+?)\$", re.S)


def statement_for_terminal(text: str, strict: bool = False) -> str:
    """The statement's Markdown with its math converted: `$$...$$` as an indented text block
    (a fenced block keeps Markdown from reading `*` or `_` in it), `$...$` as inline code."""
    def convert(match: re.Match) -> str:
        if match.group(1) is not None:
            return "\n```text\n" + tex_to_unicode(match.group(1), strict) + "\n```\n"
        return "`" + tex_to_unicode(match.group(2), strict) + "`"

    return _prose_scripts(MATH.sub(convert, text))


CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
SCRIPT = re.compile(r"[_^]\{(?:[^{}]|\{[^{}]*\})*\}")


def _prose_scripts(text: str) -> str:
    """Outside code, the TeX-style scripts statements write in plain prose ("e^{−x}",
    "δ_{nj}") as Unicode scripts too; code spans and blocks are left exactly as written."""
    out, at = [], 0
    for code in CODE.finditer(text):
        out.append(SCRIPT.sub(lambda m: tex_to_unicode(m.group()), text[at:code.start()]))
        out.append(code.group())
        at = code.end()
    out.append(SCRIPT.sub(lambda m: tex_to_unicode(m.group()), text[at:]))
    return "".join(out)
