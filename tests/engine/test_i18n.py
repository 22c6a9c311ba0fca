"""The Qt-free translation door: English by default, %n filled in, a backend takes over."""

from netviz import i18n


def test_without_a_backend_text_comes_back_in_english_with_n_filled_in():
    assert i18n.translate("Caption", "Vanishing gradients") == "Vanishing gradients"
    assert i18n.translate("Caption", "%n dead unit(s)", n=3) == "3 dead unit(s)"


def test_a_backend_receives_context_text_and_count():
    seen = []

    def backend(context, text, disambiguation, n):
        seen.append((context, text, disambiguation, n))
        return "übersetzt"

    i18n.set_backend(backend)
    try:
        assert i18n.translate("Caption", "%n dead unit(s)", None, 2) == "übersetzt"
    finally:
        i18n.set_backend(None)
    assert seen == [("Caption", "%n dead unit(s)", None, 2)]
    assert i18n.translate("Caption", "Loss") == "Loss"
