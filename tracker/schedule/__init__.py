"""Scheduling: duties and a contract's dates to deadlines, by the Civil Code's period rules."""
