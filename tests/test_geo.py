"""Tests for the offline geography in data/geo/ and lagebild.geo."""

from __future__ import annotations

import datetime

import pytest

from lagebild import geo

GEOJSON_FILES = ["countries", "rivers", "front_2023-04", "front_line"]
GEOMETRY_TYPES = {"Polygon", "MultiPolygon", "LineString", "MultiLineString"}

INSIDE = {
    "Melitopol": (46.85, 35.37),
    "Simferopol": (44.95, 34.10),
    "Donetsk": (48.0, 37.8),
    "Luhansk": (48.57, 39.31),
    "Oleshky": (46.62, 32.72),
}
OUTSIDE = {
    "Kherson": (46.635, 32.617),
    "Zaporizhzhia": (47.84, 35.14),
    "Kyiv": (50.45, 30.52),
}


def _positions(coords):
    """All [lon, lat] positions of a GeoJSON coordinates array."""
    if isinstance(coords[0], (int, float)):
        yield coords
    else:
        for c in coords:
            yield from _positions(c)


def _polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def _in_ring(lon: float, lat: float, ring: list) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _contains(fc: dict, lat: float, lon: float) -> bool:
    """Even-odd point-in-polygon over all polygons (holes included) of a collection."""
    return any(
        _in_ring(lon, lat, poly[0]) and not any(_in_ring(lon, lat, hole) for hole in poly[1:])
        for feature in fc["features"]
        for poly in _polygons(feature["geometry"])
    )


@pytest.mark.parametrize("name", GEOJSON_FILES)
def test_geojson_valid_and_inside_extent(name: str) -> None:
    fc = geo.load_geojson(name)
    assert fc["type"] == "FeatureCollection"
    assert fc["features"]
    lon_min, lat_min, lon_max, lat_max = geo.EXTENT
    for feature in fc["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] in GEOMETRY_TYPES
        for lon, lat in _positions(feature["geometry"]["coordinates"]):
            assert lon_min <= lon <= lon_max and lat_min <= lat <= lat_max, (name, lon, lat)


def test_countries_have_iso_codes() -> None:
    props = [f["properties"] for f in geo.countries()["features"]]
    codes = [p["iso_a2"] for p in props]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 2 and c.isupper() for c in codes)
    assert {"UA", "RU", "DE", "US", "FI", "SE"} <= set(codes)
    assert all(p["name"] for p in props)


def test_crimea_is_ukraine() -> None:
    ukraine = {
        "type": "FeatureCollection",
        "features": [f for f in geo.countries()["features"] if f["properties"]["iso_a2"] == "UA"],
    }
    assert _contains(ukraine, 44.95, 34.10)  # Simferopol
    assert _contains(ukraine, 50.45, 30.52)  # Kyiv


def test_dnipro_present() -> None:
    dnipro = [f for f in geo.rivers()["features"] if f["properties"]["name"] in ("Dnipro", "Dnieper")]
    assert dnipro
    assert all(f["geometry"]["type"] == "LineString" for f in dnipro)
    lats = [lat for f in dnipro for _, lat in f["geometry"]["coordinates"]]
    assert min(lats) < 47 and max(lats) > 50.5  # from Kherson to north of Kyiv


def test_nato_enlargements() -> None:
    before = geo.nato_members_as_of(datetime.date(2023, 4, 3))
    finland = geo.nato_members_as_of(datetime.date(2023, 4, 4))
    sweden = geo.nato_members_as_of(datetime.date(2024, 3, 7))
    assert len(before) == 30 and "FI" not in before
    assert len(finland) == 31 and finland - before == {"FI"}
    assert len(sweden) == 32 and sweden - finland == {"SE"}
    assert len(geo.nato_members_as_of(datetime.date(1949, 4, 4))) == 12
    assert "UA" not in sweden


def test_countries_with_membership() -> None:
    fc = geo.countries_with_membership(datetime.date(2023, 4, 20))
    props = {f["properties"]["iso_a2"]: f["properties"] for f in fc["features"]}
    assert props["FI"]["nato"] is True and props["FI"]["accession"] == "2023-04-04"
    assert props["SE"]["nato"] is False and props["SE"]["accession"] == "2024-03-07"
    assert props["UA"]["nato"] is False and props["UA"]["accession"] is None
    assert props["DE"]["accession"] == "1955-05-06"
    assert "nato" not in geo.countries()["features"][0]["properties"]  # cache untouched


def test_front_properties() -> None:
    for fc in (geo.front_area(), geo.front_line()):
        props = fc["features"][0]["properties"]
        assert props["as_of"] == "2023-04" and props["approximate"] is True
        assert props["label_de"] == "Russisch besetzte Gebiete (ungefähr), Stand April 2023"
        assert props["label_en"]
    assert geo.front_line()["features"][0]["geometry"]["type"] == "LineString"


@pytest.mark.parametrize("place", sorted(INSIDE))
def test_front_contains(place: str) -> None:
    assert _contains(geo.front_area(), *INSIDE[place])


@pytest.mark.parametrize("place", sorted(OUTSIDE))
def test_front_excludes(place: str) -> None:
    assert not _contains(geo.front_area(), *OUTSIDE[place])


def test_front_with_shapely_if_available() -> None:
    import shapely.geometry as shapely_geometry
    area = shapely_geometry.shape(geo.front_area()["features"][0]["geometry"])
    assert area.is_valid
    for lat, lon in INSIDE.values():
        assert area.contains(shapely_geometry.Point(lon, lat))
    for lat, lon in OUTSIDE.values():
        assert not area.contains(shapely_geometry.Point(lon, lat))


def test_total_size_under_5_mb() -> None:
    total = sum(p.stat().st_size for p in geo.GEO_DIR.rglob("*") if p.is_file())
    assert total < 5 * 1024 * 1024
