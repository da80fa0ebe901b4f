"""``python -m cleanpress``."""
from .cli import main

main(prog_name="cleanpress")
