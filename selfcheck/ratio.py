"""Exact non-negative rationals as (numerator, denominator) integer pairs.

MicroPython has no `fractions` module (nor `math.gcd`), and floats would round 3.25 or 3.95 the wrong way, so the
scorer works with these pairs and compares them by cross-multiplication.
"""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def reduced(numerator, denominator):
    divisor = gcd(numerator, denominator)
    return numerator // divisor, denominator // divisor


def add(first, second):
    return reduced(first[0] * second[1] + second[0] * first[1], first[1] * second[1])


def less(first, second):
    return first[0] * second[1] < second[0] * first[1]


def round_half_up(ratio, scale):
    """`ratio` x `scale` rounded half up to an integer (for ratio >= 0): floor(r x scale + 1/2)."""
    numerator, denominator = ratio
    return (2 * numerator * scale + denominator) // (2 * denominator)
