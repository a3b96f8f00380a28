<?php
/**
 * Just enough DER to read what PHP's openssl extension does not give
 * exactly: a certificate's outer length, and its subjectAltName DNS names.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * A minimal, bounds-checked DER reader (ITU-T X.690).
 */
final class Der {

	/** The subjectAltName extension's OID, 2.5.29.17, as DER content. */
	private const SUBJECT_ALT_NAME = "\x55\x1d\x11";

	/**
	 * The length of the SEQUENCE at the start of $der, header included;
	 * null when $der does not start with one.
	 *
	 * @param string $der Bytes.
	 */
	public static function whole_length( string $der ): ?int {
		$tlv = self::read( $der, 0, strlen( $der ) );
		return null !== $tlv && 0x30 === $tlv[0] ? $tlv[1] + $tlv[2] : null;
	}

	/**
	 * The DNS names of a certificate's subjectAltName extension: null when
	 * it has none, false when it is malformed (or present twice).
	 *
	 * @param string $der A certificate.
	 * @return string[]|null|false
	 */
	public static function subject_alt_dns_names( string $der ) {
		// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }.
		$top         = self::children( $der, 0, strlen( $der ) );
		$outer       = null === $top || 1 !== count( $top ) || 0x30 !== $top[0][0] ? null : $top[0];
		$certificate = null === $outer ? null : self::children( $der, $outer[1], $outer[1] + $outer[2] );
		$tbs         = null === $certificate ? null : ( $certificate[0] ?? null );
		$fields      = null === $tbs || 0x30 !== $tbs[0] ? null : self::children( $der, $tbs[1], $tbs[1] + $tbs[2] );
		if ( null === $fields ) {
			return false;
		}
		$names = null;
		foreach ( $fields as $field ) {
			if ( 0xa3 !== $field[0] ) {
				continue;
			}
			$wrapper    = self::children( $der, $field[1], $field[1] + $field[2] );
			$extensions = null === $wrapper || 1 !== count( $wrapper ) ? null : self::children( $der, $wrapper[0][1], $wrapper[0][1] + $wrapper[0][2] );
			if ( null === $extensions ) {
				return false;
			}
			foreach ( $extensions as $extension ) {
				$parts = self::children( $der, $extension[1], $extension[1] + $extension[2] );
				if ( null === $parts || count( $parts ) < 2 || 0x06 !== $parts[0][0] ) {
					return false;
				}
				if ( self::SUBJECT_ALT_NAME !== substr( $der, $parts[0][1], $parts[0][2] ) ) {
					continue;
				}
				$value = end( $parts );
				if ( null !== $names || 0x04 !== $value[0] ) {
					return false;
				}
				$names = self::dns_names( substr( $der, $value[1], $value[2] ) );
				if ( false === $names ) {
					return false;
				}
			}
		}
		return $names;
	}

	/**
	 * The dNSName entries ([2] IA5String) of a GeneralNames SEQUENCE.
	 *
	 * @param string $der The extension's value.
	 * @return string[]|false
	 */
	private static function dns_names( string $der ) {
		$outer = self::read( $der, 0, strlen( $der ) );
		if ( null === $outer || 0x30 !== $outer[0] || $outer[1] + $outer[2] !== strlen( $der ) ) {
			return false;
		}
		$general_names = self::children( $der, $outer[1], strlen( $der ) );
		if ( null === $general_names ) {
			return false;
		}
		$names = array();
		foreach ( $general_names as $name ) {
			if ( 0x82 === $name[0] ) {
				$dns = substr( $der, $name[1], $name[2] );
				if ( 1 === preg_match( '/[^\x00-\x7f]/', $dns ) ) {
					return false;
				}
				$names[] = $dns;
			}
		}
		return $names;
	}

	/**
	 * The TLVs between $from and $to, each [tag, content offset, content
	 * length]; null when they do not fill it exactly.
	 *
	 * @return array<int, array{0: int, 1: int, 2: int}>|null
	 */
	private static function children( string $der, int $from, int $to ): ?array {
		$children = array();
		while ( $from < $to ) {
			$tlv = self::read( $der, $from, $to );
			if ( null === $tlv ) {
				return null;
			}
			$children[] = array( $tlv[0], $from + $tlv[1], $tlv[2] );
			$from      += $tlv[1] + $tlv[2];
		}
		return $from === $to ? $children : null;
	}

	/**
	 * The TLV at $at: [tag, header length, content length], or null when it
	 * does not fit before $to (single-byte tags; definite lengths only).
	 *
	 * @return array{0: int, 1: int, 2: int}|null
	 */
	private static function read( string $der, int $at, int $to ): ?array {
		if ( $at + 2 > $to ) {
			return null;
		}
		$tag   = ord( $der[ $at ] );
		$first = ord( $der[ $at + 1 ] );
		if ( 0x1f === ( $tag & 0x1f ) ) {
			return null;
		}
		if ( $first < 0x80 ) {
			return $at + 2 + $first <= $to ? array( $tag, 2, $first ) : null;
		}
		$bytes = $first & 0x7f;
		if ( 0 === $bytes || $bytes > 4 || $at + 2 + $bytes > $to ) {
			return null;
		}
		$length = 0;
		for ( $i = 0; $i < $bytes; $i++ ) {
			$length = ( $length << 8 ) | ord( $der[ $at + 2 + $i ] );
		}
		return $at + 2 + $bytes + $length <= $to ? array( $tag, 2 + $bytes, $length ) : null;
	}
}
