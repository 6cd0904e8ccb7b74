"""The instructor dashboard in a real headless Chromium (Debian's chromium and chromedriver,
driven by selenium): log in, read the grid, open a learner and see their attempt."""
from __future__ import annotations

import json
import shutil
import tempfile

import pytest

from .conftest import missing
from .support import Server, Worker, request
from .test_cohort import RIGHT, WRONG, create_cohort

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture
def browser():
    if not (CHROMIUM and DRIVER):
        missing("the dashboard test needs Debian's chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="mlfun-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(browser):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 20)


def test_instructor_logs_in_sees_the_grid_and_opens_a_learner(database_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import presence_of_element_located, title_is

    tokens = create_cohort(database_url, "browsers")
    with Server(database_url) as server:
        for name, source in (("ada", RIGHT), ("bob", WRONG["transposed-operand"])):
            token = json.loads(request(server.url + "/api/v1/join", "POST",
                                       {"join_token": tokens["join_token"], "name": name})[1])["token"]
            queued = json.loads(request(server.url + "/api/v1/submissions", "POST",
                                        {"exercise": "matmul", "source": source}, token=token)[1])
            with Worker(database_url):
                verdict = json.loads(request(f"{server.url}/api/v1/submissions/{queued['submission']}?wait=30",
                                             token=token)[1])
            assert verdict["state"] == "graded"

        browser.get(server.url + "/dashboard")
        assert "/dashboard/login" in browser.current_url          # not logged in: sent to the login page
        browser.find_element(By.ID, "token").send_keys("mlfun-i-wrong")
        browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        alert = wait(browser).until(presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
        assert "not the instructor token" in alert.text

        browser.find_element(By.ID, "token").send_keys(tokens["instructor_token"])
        browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait(browser).until(title_is("browsers · mlfun"))
        assert browser.find_element(By.TAG_NAME, "h1").text == "browsers"
        grid = browser.find_element(By.CSS_SELECTOR, "table.grid")
        cells = {row.find_element(By.TAG_NAME, "th").text: row.find_elements(By.TAG_NAME, "td")
                 for row in grid.find_elements(By.CSS_SELECTOR, "tbody tr")}
        assert set(cells) == {"ada", "bob"}
        assert cells["ada"][0].get_attribute("class") == "passed" and cells["bob"][0].get_attribute("class") == "failing"
        summary = browser.find_element(By.XPATH, "//h2[@id='exercises-title']/following-sibling::table").text
        assert "matmul" in summary and "50% (1 of 2)" in summary and "transposed-operand: 1 of 2" in summary

        browser.find_element(By.LINK_TEXT, "bob").click()
        wait(browser).until(title_is("bob · browsers · mlfun"))
        assert browser.find_element(By.TAG_NAME, "h1").text == "bob"
        page = browser.find_element(By.TAG_NAME, "main").text
        assert "not passed" in page and "transposed-operand" in page
        browser.find_element(By.TAG_NAME, "summary").click()                   # open the source
        assert "def matmul" in browser.find_element(By.TAG_NAME, "pre").text
