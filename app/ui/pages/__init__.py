"""The wizard's pages, one module each, in the order a user meets them."""

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    SYMPTOMS = 1
    SETUP = 2
    CHECKING = 3
    RESULTS = 4
    ROUTER = 5
    FIXIT = 6
    VERIFY = 7
    REPORT = 8
