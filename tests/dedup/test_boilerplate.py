"""Furniture and caption recognition, line by line and inside flattened paragraphs."""
from __future__ import annotations

import pytest

from tasks.dedup import is_caption, is_furniture, strip_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Read More",
        "read more:",
        "RELATED STORIES Harbor lease faces court test",
        "Related: Dock union sets wage demands",
        "Edited by Mara Quist",
        "By Jane Doe",
        "By Tomas Rell and Ina Vos, Staff Writers",
        "Reporting by Ana Pell; Editing by Rob Kade",
        "(Reporting by Ana Pell in Port Kesh; Editing by Rob Kade)",
        "Additional reporting by Lee Wan",
        "Previous post Harbor cranes arrive early",
        "Next post Court sets date for lease hearing",
        "Leave a comment",
        "Share this article",
        "Share on Facebook",
        "Subscribe to our daily briefing",
        "Sign up for our newsletter",
        "Copyright 2024 Halden Media. All rights reserved.",
        "© 2024 Coastal Wire",
        "Saturday, June 29, 2024",
        "Must Read",
        "Advertisement",
        "By | Published on Friday 26 June 2009",
        "Jan. 14 2012, Published 4:00 a.m.",
        "By Jane Doe | Updated 14:05, 3 May 2021",
    ],
)
def test_furniture_lines_are_recognized(line: str) -> None:
    assert is_furniture(line)
    assert line not in strip_boilerplate(f"The lease was signed on Tuesday in the port city.\n{line}\n").body


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week the cranes had arrived at the harbor.",
        "Results | The ruling party won 61 seats and the opposition 40.",
        "Read the contract, the deputy told the minister during a heated session.",
        "Related talks on fishing rights will open in the spring, officials said.",
        "Copying the annexes took the clerks three full days, the ministry said.",
        "Share prices of the port operator rose by four percent on Wednesday.",
        "The minister signed the lease on June 20, 2024.",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_furniture(line)
    assert not is_caption(line)
    assert line in strip_boilerplate(line).body


@pytest.mark.parametrize(
    "line",
    [
        "Dock workers wait outside the harbor office in Port Kesh, Marenvia, June 18, 2024. (Ola Brandt/Coastal Wire)",
        "The transport minister speaks to reporters in Port Kesh, June 18, 2024. REUTERS/Ola Brandt",
        "A crane is unloaded at the northern pier. AP Photo/Ivo Stern",
        "Fishing boats moored in the bay at dawn (Photo: Lena Holt)",
        "The harbor at night. Credit: Halden Institute",
        "Officials sign the lease at the ceremony, June 18, 2024. (Port Authority via AFP)",
        "Photo: the outer channel before dredging began",
        "Farmers inspect damaged blossoms in the Vell valley, April 8, 2024.",
    ],
)
def test_captions_are_recognized_and_kept_apart(line: str) -> None:
    assert is_caption(line)
    clean = strip_boilerplate(f"The lease was signed on Tuesday in the port city.\n{line}\n")
    assert clean.captions == (line,)
    assert line not in clean.body


def test_caption_inside_a_flattened_paragraph_is_cut_out() -> None:
    paragraph = (
        "The lease was signed on Tuesday after two years of talks. Workers gather at the pier in Port Kesh, "
        "June 18, 2024. (Ola Brandt/Coastal Wire) The court will rule on the challenge in the autumn."
    )
    clean = strip_boilerplate(paragraph)
    assert clean.captions == ("Workers gather at the pier in Port Kesh, June 18, 2024. (Ola Brandt/Coastal Wire)",)
    assert clean.body == (
        "The lease was signed on Tuesday after two years of talks. The court will rule on the challenge in the autumn."
    )


def test_strip_keeps_paragraph_structure_and_reports_removed_lines() -> None:
    text = "By Jane Doe\n\nFirst paragraph of the story.\n\nSecond paragraph of the story.\n\nRead More\n"
    clean = strip_boilerplate(text)
    assert clean.body == "First paragraph of the story.\n\nSecond paragraph of the story."
    assert clean.removed == ("By Jane Doe", "Read More")
