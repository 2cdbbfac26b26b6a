"""Fake provider servers on loopback, for tests and local runs."""
