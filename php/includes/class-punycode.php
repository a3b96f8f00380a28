<?php
/**
 * The Unicode form of an address whose domain SES reports in Punycode.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Amazon SES takes internationalized domains only in their ASCII form
 * ("xn--" labels, RFC 5891), so a bounce of a mail sent to a contact saved
 * as user@bücher.example names user@xn--bcher-kva.example. The contact is
 * found under either form. Decoding follows RFC 3492 section 6.2; PHP's
 * intl extension (idn_to_utf8) is not needed, as many hosts lack it.
 */
final class Punycode {

	// RFC 3492 section 5: parameter values for Punycode.
	private const BASE         = 36;
	private const TMIN         = 1;
	private const TMAX         = 26;
	private const SKEW         = 38;
	private const DAMP         = 700;
	private const INITIAL_BIAS = 72;
	private const INITIAL_N    = 128;

	/** The ACE prefix of an IDNA label (RFC 5890). */
	private const ACE_PREFIX = 'xn--';

	/** Longer addresses are no address (RFC 5321 allows 254; decoding is quadratic). */
	private const MAX_ADDRESS = 320;

	/**
	 * The address with each "xn--" label of its domain decoded; null when
	 * it has none, or one that is not valid Punycode.
	 *
	 * @param string $address An address, ASCII letters folded.
	 */
	public static function unicode_address( string $address ): ?string {
		$at = strrpos( $address, '@' );
		if ( false === $at || strlen( $address ) > self::MAX_ADDRESS ) {
			return null;
		}
		$labels  = explode( '.', substr( $address, $at + 1 ) );
		$decoded = false;
		foreach ( $labels as $index => $label ) {
			if ( str_starts_with( $label, self::ACE_PREFIX ) ) {
				$labels[ $index ] = self::decode( substr( $label, strlen( self::ACE_PREFIX ) ) );
				if ( null === $labels[ $index ] ) {
					return null;
				}
				$decoded = true;
			}
		}
		return $decoded ? substr( $address, 0, $at + 1 ) . implode( '.', $labels ) : null;
	}

	/**
	 * The address with each label of its domain that is not ASCII in its
	 * xn-- form, as SES reports it; null when it has none, or one that
	 * cannot be encoded. A label is first lower-cased (mbstring) and put in
	 * NFC (intl's Normalizer) where PHP has them, as IDNA asks; without
	 * them a label typed in capitals or decomposed gives another form.
	 *
	 * @param string $address An address, ASCII letters folded.
	 */
	public static function ascii_address( string $address ): ?string {
		$at = strrpos( $address, '@' );
		if ( false === $at || strlen( $address ) > self::MAX_ADDRESS ) {
			return null;
		}
		$labels  = explode( '.', substr( $address, $at + 1 ) );
		$encoded = false;
		foreach ( $labels as $index => $label ) {
			if ( 1 !== preg_match( '/[\x80-\xFF]/', $label ) ) {
				continue;
			}
			if ( 1 !== preg_match( '//u', $label ) ) {
				return null; // Not UTF-8 (mb_strtolower() would turn bad bytes into "?").
			}
			$label = function_exists( 'mb_strtolower' ) ? mb_strtolower( $label, 'UTF-8' ) : $label;
			$label = class_exists( 'Normalizer' ) ? (string) \Normalizer::normalize( $label, \Normalizer::FORM_C ) : $label;
			$ace   = self::encode( $label );
			if ( null === $ace ) {
				return null;
			}
			$labels[ $index ] = self::ACE_PREFIX . $ace;
			$encoded          = true;
		}
		return $encoded ? substr( $address, 0, $at + 1 ) . implode( '.', $labels ) : null;
	}

	/**
	 * The address's other form: its xn-- labels decoded, or its Unicode
	 * labels encoded; null when it has neither.
	 *
	 * @param string $address An address, ASCII letters folded.
	 */
	public static function other_form( string $address ): ?string {
		return self::unicode_address( $address ) ?? self::ascii_address( $address );
	}

	/**
	 * Encodes one UTF-8 string to Punycode (RFC 3492 section 6.3); null
	 * when it is not valid UTF-8 or holds only ASCII.
	 *
	 * @param string $input A label, without the "xn--" prefix it is given.
	 */
	public static function encode( string $input ): ?string {
		$points = self::code_points( $input );
		if ( null === $points || array() === array_filter( $points, static fn( int $point ): bool => $point >= 0x80 ) ) {
			return null;
		}
		$basic  = array_filter( $points, static fn( int $point ): bool => $point < 0x80 );
		$output = implode( '', array_map( 'chr', $basic ) ) . ( array() === $basic ? '' : '-' );
		$n      = self::INITIAL_N;
		$delta  = 0;
		$bias   = self::INITIAL_BIAS;
		$done   = count( $basic );
		$first  = true;
		while ( $done < count( $points ) ) {
			$next   = min( array_filter( $points, static fn( int $point ): bool => $point >= $n ) );
			$delta += ( $next - $n ) * ( $done + 1 ); // Below 0x10FFFF × the length: a 64-bit int holds it.
			$n      = $next;
			foreach ( $points as $point ) {
				if ( $point < $n ) {
					++$delta;
				} elseif ( $point === $n ) {
					$output .= self::variable_length_integer( $delta, $bias );
					$bias    = self::adapt( $delta, $done + 1, $first );
					$first   = false;
					$delta   = 0;
					++$done;
				}
			}
			++$delta;
			++$n;
		}
		return $output;
	}

	/**
	 * A delta as a generalized variable-length integer (RFC 3492 section
	 * 3.3), its least significant digit first.
	 *
	 * @param int $value The delta.
	 * @param int $bias  The bias in effect.
	 */
	private static function variable_length_integer( int $value, int $bias ): string {
		$output = '';
		for ( $k = self::BASE; ; $k += self::BASE ) {
			$threshold = $k <= $bias ? self::TMIN : ( $k >= $bias + self::TMAX ? self::TMAX : $k - $bias );
			if ( $value < $threshold ) {
				return $output . self::digit_char( $value );
			}
			$output .= self::digit_char( $threshold + ( $value - $threshold ) % ( self::BASE - $threshold ) );
			$value   = intdiv( $value - $threshold, self::BASE - $threshold );
		}
	}

	/**
	 * The basic code point of a digit: 0–25 a–z, 26–35 0–9.
	 *
	 * @param int $digit 0 to 35.
	 */
	private static function digit_char( int $digit ): string {
		return chr( $digit < 26 ? 0x61 + $digit : 0x30 + $digit - 26 );
	}

	/**
	 * The code points of a UTF-8 string (RFC 3629); null when it is not
	 * valid UTF-8.
	 *
	 * @param string $input Bytes.
	 * @return int[]|null
	 */
	private static function code_points( string $input ): ?array {
		if ( 1 !== preg_match( '//u', $input ) ) {
			return null; // PCRE checks UTF-8 validity (no overlongs, no surrogates).
		}
		$points = array();
		foreach ( preg_split( '//u', $input, -1, PREG_SPLIT_NO_EMPTY ) as $char ) {
			$bytes = array_values( unpack( 'C*', $char ) );
			$point = 1 === count( $bytes ) ? $bytes[0] : $bytes[0] & ( 0xFF >> ( count( $bytes ) + 1 ) );
			foreach ( array_slice( $bytes, 1 ) as $byte ) {
				$point = ( $point << 6 ) | ( $byte & 0x3F );
			}
			$points[] = $point;
		}
		return $points;
	}

	/**
	 * Decodes one Punycode string (RFC 3492 section 6.2) to UTF-8; null
	 * when it is not valid, or decodes to nothing but ASCII.
	 *
	 * @param string $input The label without its "xn--" prefix.
	 */
	public static function decode( string $input ): ?string {
		// The basic code points before the last delimiter, if any; a
		// delimiter with none before it is not one (RFC 3492 section 6.2).
		$delimiter = strrpos( $input, '-' );
		$delimiter = 0 === $delimiter ? false : $delimiter;
		$output    = array();
		if ( false !== $delimiter ) {
			foreach ( str_split( substr( $input, 0, $delimiter ) ) as $basic ) {
				if ( ord( $basic ) >= 0x80 ) {
					return null; // Only basic code points come before the delimiter.
				}
				$output[] = ord( $basic );
			}
		}
		$n    = self::INITIAL_N;
		$i    = 0;
		$bias = self::INITIAL_BIAS;
		$in   = false === $delimiter ? 0 : $delimiter + 1;
		$end  = strlen( $input );
		while ( $in < $end ) {
			$old_i  = $i;
			$weight = 1;
			for ( $k = self::BASE; ; $k += self::BASE ) {
				if ( $in >= $end ) {
					return null;
				}
				$digit = self::digit( $input[ $in++ ] );
				if ( null === $digit || $digit > intdiv( PHP_INT_MAX - $i, $weight ) ) {
					return null;
				}
				$i        += $digit * $weight;
				$threshold = $k <= $bias ? self::TMIN : ( $k >= $bias + self::TMAX ? self::TMAX : $k - $bias );
				if ( $digit < $threshold ) {
					break;
				}
				if ( $weight > intdiv( PHP_INT_MAX, self::BASE - $threshold ) ) {
					return null;
				}
				$weight *= self::BASE - $threshold;
			}
			$points = count( $output ) + 1;
			$bias   = self::adapt( $i - $old_i, $points, 0 === $old_i );
			if ( intdiv( $i, $points ) > 0x10FFFF - $n ) {
				return null; // Beyond Unicode.
			}
			$n += intdiv( $i, $points );
			$i %= $points;
			if ( $n >= 0xD800 && $n <= 0xDFFF ) {
				return null; // A surrogate is no character.
			}
			array_splice( $output, $i, 0, array( $n ) );
			++$i;
		}
		if ( array() === array_filter( $output, static fn( int $point ): bool => $point >= 0x80 ) ) {
			return null;
		}
		return implode( '', array_map( array( self::class, 'utf8' ), $output ) );
	}

	/**
	 * The bias adaptation function (RFC 3492 section 6.1).
	 *
	 * @param int  $delta      The change of i.
	 * @param int  $points     Code points so far, this one included.
	 * @param bool $first_time The first delta.
	 */
	private static function adapt( int $delta, int $points, bool $first_time ): int {
		$delta  = $first_time ? intdiv( $delta, self::DAMP ) : intdiv( $delta, 2 );
		$delta += intdiv( $delta, $points );
		$k      = 0;
		while ( $delta > intdiv( ( self::BASE - self::TMIN ) * self::TMAX, 2 ) ) {
			$delta = intdiv( $delta, self::BASE - self::TMIN );
			$k    += self::BASE;
		}
		return $k + intdiv( ( self::BASE - self::TMIN + 1 ) * $delta, $delta + self::SKEW );
	}

	/**
	 * The value of a basic code point as a digit: a–z (or A–Z) 0–25, 0–9
	 * 26–35; null for anything else.
	 *
	 * @param string $char One byte.
	 */
	private static function digit( string $char ): ?int {
		$code = ord( $char );
		if ( $code >= 0x30 && $code <= 0x39 ) {
			return $code - 0x30 + 26;
		}
		if ( $code >= 0x41 && $code <= 0x5A ) {
			return $code - 0x41;
		}
		if ( $code >= 0x61 && $code <= 0x7A ) {
			return $code - 0x61;
		}
		return null;
	}

	/**
	 * One code point as UTF-8 (RFC 3629).
	 *
	 * @param int $point A code point, not a surrogate.
	 */
	private static function utf8( int $point ): string {
		if ( $point < 0x80 ) {
			return chr( $point );
		}
		if ( $point < 0x800 ) {
			return chr( 0xC0 | ( $point >> 6 ) ) . chr( 0x80 | ( $point & 0x3F ) );
		}
		if ( $point < 0x10000 ) {
			return chr( 0xE0 | ( $point >> 12 ) ) . chr( 0x80 | ( ( $point >> 6 ) & 0x3F ) ) . chr( 0x80 | ( $point & 0x3F ) );
		}
		return chr( 0xF0 | ( $point >> 18 ) ) . chr( 0x80 | ( ( $point >> 12 ) & 0x3F ) ) . chr( 0x80 | ( ( $point >> 6 ) & 0x3F ) ) . chr( 0x80 | ( $point & 0x3F ) );
	}
}
