"""The peer crawlers the project's `books` spider is measured against; each is a script taking a base URL and an output file."""
