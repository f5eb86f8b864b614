"""The peer crawlers the `books` spider is measured against: each a script taking a base URL and an output file."""
