# Mistake: overlapping-merge. Every matching position is replaced, overlapping ones too: a
# run of the pair's byte collapses into one new token (b"aaa" -> [X], b"aaaa" -> [X]).
def _merge(ids, pair, new_id):
    out = []
    consumed = False
    for j in range(len(ids)):
        if consumed:                            # the mistake: an overlapping match joins the token
            consumed = j + 1 < len(ids) and ids[j] == pair[0] and ids[j + 1] == pair[1]
        elif j + 1 < len(ids) and ids[j] == pair[0] and ids[j + 1] == pair[1]:
            out.append(new_id)
            consumed = True
        else:
            out.append(ids[j])
    return out
