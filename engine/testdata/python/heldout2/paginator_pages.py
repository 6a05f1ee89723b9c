# source: Django-style Paginator/Page API as described in woox99/Django Pagination/README.md; Pagination.pages with ceil in a flask helper
from math import ceil

class EmptyPage(Exception):
    pass

class Page:
    def __init__(self, object_list, number, paginator):
        self.object_list = object_list
        self.number = number
        self.paginator = paginator
    def __repr__(self):
        return "<Page %s of %s>" % (self.number, self.paginator.num_pages)
    def __len__(self):
        return len(self.object_list)
    def __getitem__(self, i):
        return self.object_list[i]
    def has_next(self):
        return self.number < self.paginator.num_pages
    def has_previous(self):
        return self.number > 1
    def next_page_number(self):
        return self.paginator.validate_number(self.number + 1)
    def start_index(self):
        return (self.paginator.per_page * (self.number - 1)) + 1
    def end_index(self):
        if self.number == self.paginator.num_pages:
            return self.paginator.count
        return self.number * self.paginator.per_page

class Paginator:
    def __init__(self, object_list, per_page, orphans=0):
        self.object_list = object_list
        self.per_page = int(per_page)
        self.orphans = orphans
    @property
    def count(self):
        return len(self.object_list)
    @property
    def num_pages(self):
        hits = max(1, self.count - self.orphans)
        return ceil(hits / self.per_page)
    @property
    def page_range(self):
        return range(1, self.num_pages + 1)
    def validate_number(self, number):
        if number < 1:
            raise EmptyPage("That page number is less than 1")
        if number > self.num_pages:
            raise EmptyPage("That page contains no results")
        return number
    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return Page(self.object_list[bottom:top], number, self)

p = Paginator(["john", "paul", "george", "ringo", "pete"], 2)
print(p.count, p.num_pages, p.page_range, list(p.page_range))
for n in p.page_range:
    pg = p.page(n)
    print(pg, pg.object_list, pg.has_next(), pg.has_previous(), pg.start_index(), pg.end_index(), len(pg), pg[-1])
for n in (0, 4):
    try:
        p.page(n)
    except EmptyPage as e:
        print("EmptyPage:", e)
q = Paginator(list(range(11)), 5, orphans=1)
print([q.page(i).object_list for i in q.page_range])
try:
    q.page(2).next_page_number()
except EmptyPage as e:
    print(repr(e))
