"""The import: page files in, whole pages of articles out.

Its modules import only downward:

- ``run`` — the one entry point, :func:`archive.importing.run.import_pages` (the command and the
  admin's upload call it): the report, the import log (``log``: the lock that tells a running
  import from a dead one) and the messages as editors read them (``messages``);
- ``pool`` — the processes: each page prepared and written, in this process or in workers;
- ``prepare`` — a page file decoded, parsed, segmented, tagged and filed (plain Python) —
  and ``writer`` — a prepared page written in one transaction;
- ``sources`` — files, folders, manifests and uploads, decoded (plain Python), with the
  limits of what one file may hold (``limits``) and what became of it (``outcomes``).

Nothing is imported here, so that a worker that only parses loads no Django.
"""
