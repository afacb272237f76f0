# Clinic Day, English (Canada): what the judge says about the wait told to someone (S7).

wait-told = Told { $who } the wait would be about { $told } minutes; { $measured } { $real } minutes later
wait-told-seen = they were seen
wait-told-book-showed = the book showed
wait-told-near-enough = { $told }: near enough.
wait-told-overstated = { $told }: an overstated wait sends people home who need to be seen.
wait-told-understated = { $told }: the wait was longer than told.
wait-told-expected = Tell the wait there is, from the book and the physicians' delays, within 15 minutes either way; tell it again when it changes.
