from assistant.index.lexical import LexicalIndex


def _index(*texts: str) -> LexicalIndex:
    return LexicalIndex.build([f"c{i}" for i in range(len(texts))], list(texts))


def test_a_typo_is_read_as_the_word_the_documents_use() -> None:
    lexical = _index("Institutionsstyrelsen sammanträder i mars.", "Tvättstugorna rustas upp.")
    stem = lexical.tokenizer.tokens
    assert lexical.known(stem("institutionsstyrlsen")[0]) == stem("institutionsstyrelsen")[0]
    assert lexical.known(stem("TväUstugorna")[0]) == stem("tvättstugorna")[0]


def test_a_compound_with_another_head_is_another_word_not_a_typo() -> None:
    lexical = _index("Institutionsstyrelsen sammanträder i mars.", "Ett möte hölls.")
    term = lexical.tokenizer.tokens("institutionsmöte")[0]
    assert lexical.known(term) is None
