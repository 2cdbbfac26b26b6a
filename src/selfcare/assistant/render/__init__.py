"""Words for the assistant's decisions: :mod:`.plan` (what was decided), :mod:`.templates`
(the default wording, from each language's data), :mod:`.guard` (the checks any wording must
pass), :mod:`.words` (one language's strings with the person's place filled in)."""
