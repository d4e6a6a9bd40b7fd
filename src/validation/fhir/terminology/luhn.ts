/**
 * The mod-10 (Luhn) check digit of a string of decimal digits: LOINC's check digit
 * (LOINC Users' Guide, "Calculating Mod 10 check digits") is this algorithm.
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  let double = true; // the rightmost digit of the body is doubled
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}
