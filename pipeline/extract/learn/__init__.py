"""Learned steps for contribution rows: features of a row (``features``), the model file and its application
(``model``), and the fitting of logistic regressions with cross-validation (``fit``, numpy, for ``pkdata train``).
"""
