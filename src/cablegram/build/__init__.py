"""Builders: from grammar results to model objects.

This is the only package that reads pyparsing result names.  The splitter in
:mod:`cablegram.build.cable` finds block boundaries with ``re``; each block is
parsed by a small grammar and built here.
"""
