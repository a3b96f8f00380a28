<?php
/**
 * Text as the extension reads it: bytes, UTF-8 checked or read lossily,
 * ASCII-only case folding. Mirrors Rust's str/String behaviour.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Small, exact text rules.
 */
final class Text {

	/** Whether $bytes are valid UTF-8 (no overlong form, surrogate or code point over U+10FFFF). */
	public static function is_utf8( string $bytes ): bool {
		return 1 === preg_match( '//u', $bytes );
	}

	/**
	 * $bytes as valid UTF-8, each maximal invalid subsequence replaced by one
	 * U+FFFD, as Rust's String::from_utf8_lossy does.
	 *
	 * @param string $bytes Any bytes.
	 */
	public static function lossy( string $bytes ): string {
		if ( self::is_utf8( $bytes ) ) {
			return $bytes;
		}
		$out    = '';
		$length = strlen( $bytes );
		$i      = 0;
		while ( $i < $length ) {
			$byte = ord( $bytes[ $i ] );
			if ( $byte < 0x80 ) {
				$out .= $bytes[ $i++ ];
				continue;
			}
			list( $need, $low, $high ) = self::sequence( $byte );
			$valid                     = 1;
			while ( $need > 0 && $valid <= $need && $i + $valid < $length ) {
				$next = ord( $bytes[ $i + $valid ] );
				$min  = 1 === $valid ? $low : 0x80;
				$max  = 1 === $valid ? $high : 0xbf;
				if ( $next < $min || $next > $max ) {
					break;
				}
				++$valid;
			}
			if ( $need > 0 && $valid === $need + 1 ) {
				$out .= substr( $bytes, $i, $valid );
			} else {
				$out .= "\u{FFFD}";
			}
			$i += $valid;
		}
		return $out;
	}

	/**
	 * For a lead byte: how many continuation bytes follow, and the range of
	 * the first one (0 continuation bytes: not a lead byte).
	 *
	 * @param int $lead A byte of 0x80 or more.
	 * @return array{0: int, 1: int, 2: int}
	 */
	private static function sequence( int $lead ): array {
		if ( $lead >= 0xc2 && $lead <= 0xdf ) {
			return array( 1, 0x80, 0xbf );
		}
		if ( 0xe0 === $lead ) {
			return array( 2, 0xa0, 0xbf );
		}
		if ( 0xed === $lead ) {
			return array( 2, 0x80, 0x9f );
		}
		if ( $lead >= 0xe1 && $lead <= 0xef ) {
			return array( 2, 0x80, 0xbf );
		}
		if ( 0xf0 === $lead ) {
			return array( 3, 0x90, 0xbf );
		}
		if ( 0xf4 === $lead ) {
			return array( 3, 0x80, 0x8f );
		}
		if ( $lead >= 0xf1 && $lead <= 0xf3 ) {
			return array( 3, 0x80, 0xbf );
		}
		return array( 0, 0, 0 );
	}

	/**
	 * The code points of valid UTF-8.
	 *
	 * @param string $utf8 Valid UTF-8.
	 * @return int[]
	 */
	public static function code_points( string $utf8 ): array {
		$points = array();
		$length = strlen( $utf8 );
		for ( $at = 0; $at < $length; $at += $bytes ) {
			$lead = ord( $utf8[ $at ] );
			if ( $lead < 0x80 ) {
				list( $point, $bytes ) = array( $lead, 1 );
			} elseif ( $lead < 0xe0 ) {
				list( $point, $bytes ) = array( $lead & 0x1f, 2 );
			} elseif ( $lead < 0xf0 ) {
				list( $point, $bytes ) = array( $lead & 0x0f, 3 );
			} else {
				list( $point, $bytes ) = array( $lead & 0x07, 4 );
			}
			for ( $next = 1; $next < $bytes; $next++ ) {
				$point = ( $point << 6 ) | ( ord( $utf8[ $at + $next ] ) & 0x3f );
			}
			$points[] = $point;
		}
		return $points;
	}

	/** Unicode White_Space (Rust's char::is_whitespace), as a PCRE class. */
	private const WHITE_SPACE = '[\p{Zs}\t\n\x0B\f\r\x{85}\x{2028}\x{2029}]';

	/** Lower-cases the ASCII letters only (strtolower() depends on the locale before PHP 8.2). */
	public static function ascii_lowercase( string $text ): string {
		return strtr( $text, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' );
	}

	/**
	 * Rust's str::trim: Unicode White_Space at both ends. A trailing run is
	 * matched only from its first character, and possessively: otherwise,
	 * without PCRE's JIT, the match is tried, and backtracked, from every
	 * character of every run inside the text (quadratic time).
	 */
	public static function trim( string $utf8 ): string {
		$space = self::WHITE_SPACE;
		return (string) preg_replace( "/^{$space}++|(?<!{$space}){$space}++\$/u", '', $utf8 );
	}
}
