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
