"""Programs the tests start in a fresh interpreter (`python -m tests.scripts.<name>`); pytest does not collect them."""
