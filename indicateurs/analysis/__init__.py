"""The spaCy helper: indicator suggestions, candidate quotes and names to check.

Only ``pipeline`` (and what calls it at run time) imports spaCy; every other module of the
package is plain Python so that the web process can import models, hooks and signals
without ever loading spaCy.
"""
