#!/usr/bin/env python3
"""The fastest Python peer of migov-iati's reader: lxml iterparse, one iati-activity at a time,
extracting the fields migov maps (a bare extraction: no objects built, nothing checked), then
clearing the element. Prints each round, the first round's time and the median of the second half
of the rounds, as IatiScaleRun does.

    /usr/bin/python3 benchmarks/iati/lxml_iterparse.py FILE ROUNDS

Needs Debian's python3-lxml (apt-get install python3-lxml).
"""
import sys
import time

from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def narratives(element):
    return [(n.get(XML_LANG), n.text) for n in element.iterfind("narrative")] if element is not None else []


def extract(activity):
    fields = [activity.get(XML_LANG), activity.get("default-currency"), activity.findtext("iati-identifier")]
    for name in ("reporting-org", "title"):
        element = activity.find(name)
        fields.append(narratives(element))
        if element is not None:
            fields.append(element.get("ref"))
    for description in activity.iterfind("description"):
        fields.append((description.get("type"), narratives(description)))
    for org in activity.iterfind("participating-org"):
        fields.append((org.get("ref"), org.get("role"), narratives(org)))
    status = activity.find("activity-status")
    fields.append(status.get("code") if status is not None else None)
    for date in activity.iterfind("activity-date"):
        fields.append((date.get("type"), date.get("iso-date")))
    for name in ("recipient-country", "recipient-region", "sector", "tag"):
        for element in activity.iterfind(name):
            fields.append((element.get("vocabulary"), element.get("code"), element.get("percentage")))
    for budget in activity.iterfind("budget"):
        value = budget.find("value")
        fields.append((budget.get("type"), budget.get("status"), budget.find("period-start").get("iso-date"),
                       budget.find("period-end").get("iso-date"), value.text, value.get("currency")))
    for transaction in activity.iterfind("transaction"):
        value = transaction.find("value")
        fields.append((transaction.find("transaction-type").get("code"), transaction.find("transaction-date").get("iso-date"),
                       value.text, value.get("currency"), narratives(transaction.find("description")),
                       narratives(transaction.find("provider-org")), narratives(transaction.find("receiver-org"))))
    for link in activity.iterfind("related-activity"):
        fields.append((link.get("ref"), link.get("type")))
    for document in activity.iterfind("document-link"):
        fields.append((document.get("url"), narratives(document.find("title"))))
    return len(fields)


def one_round(path):
    activities = 0
    extracted = 0
    for _, activity in etree.iterparse(path, events=("end",), tag="iati-activity", huge_tree=False,
                                       resolve_entities=False, no_network=True):
        activities += 1
        extracted += extract(activity)
        activity.clear()
        while activity.getprevious() is not None:
            del activity.getparent()[0]
    return activities, extracted


def main():
    path, rounds = sys.argv[1], int(sys.argv[2])
    seconds = []
    for round_number in range(rounds):
        start = time.perf_counter()
        activities, extracted = one_round(path)
        seconds.append(time.perf_counter() - start)
        print(f"round {round_number + 1}: {activities} activities, {extracted} fields in {seconds[-1]:.3f} s "
              f"({activities / seconds[-1]:.0f} activities/s)")
    warm = sorted(seconds[rounds // 2:])
    print(f"first {seconds[0]:.3f}")
    print(f"seconds {warm[len(warm) // 2]:.3f}")


if __name__ == "__main__":
    main()
