"""Made-up figure sets that tests of more than one check share."""
from tests.helpers import day

# "Nodo Energy will build its plant for $3.87 billion" in three articles a day apart; one slips.
WRONG = day("2024-04-03", id="a-378", metric="plant", amount="$3.78 billion", source="a.txt")
RIGHT = day("2024-04-04", id="b-387", metric="plant", amount="$3.87 billion", source="b.txt")
NEARLY = day("2024-04-04", id="c-4b", metric="plant", amount="nearly $4 billion",
             source="c.txt")
