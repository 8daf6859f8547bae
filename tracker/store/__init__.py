"""Storage: SQLAlchemy models, sessions and migrations; rows leave this package as domain objects."""
