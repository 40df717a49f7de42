/** An OpenStreetMap search for a shop's address: a link, no map tiles, no tracking. */
export function addressMapUrl(place: { address: string; postcode: string; town: string }): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${place.address}, ${place.postcode} ${place.town}`)}`;
}
