"""Scrapy commands of the project, found through COMMANDS_MODULE."""
