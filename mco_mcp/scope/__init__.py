"""The scope of a review: which git change the agents look at, and what the findings know about it."""
