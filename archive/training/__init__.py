"""Real text to learn and measure the page parser on.

Plain Python, no Django: :mod:`.corpus` reads articles with their printed structure,
:mod:`.render` lays them out as the raw page text print extraction produces (with the gold the
scorer reads and the role of every printed line), and :mod:`.train` fits the line-role model the
parser ships with and measures it on held-out pages.
"""
