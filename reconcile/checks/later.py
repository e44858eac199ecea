"""Sentences written when their finding is shown, held as lightly as a record can hold them."""
from __future__ import annotations


class Later(tuple):
    """A function and its arguments in one tuple; calling it writes the sentence.

    A `functools.partial` is three objects (itself, its arguments, an empty keyword dict): at a
    million figures a check holds hundreds of thousands of sentences, and this is one object of
    a third the size. It pickles as a tuple does (Dask's workers send the records), and compares
    and hashes by identity, as a partial does (its arguments may hold lists)."""

    __slots__ = ()
    __eq__, __ne__, __hash__ = object.__eq__, object.__ne__, object.__hash__

    def __call__(self):
        return self[0](*self[1:])
