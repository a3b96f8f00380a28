<?php
/**
 * Strict JSON, exactly as the extension reads it (serde_json): RFC 8259
 * with no extension, strings of valid UTF-8 with no lone surrogate escape,
 * numbers that fit a double, at most 127 nested arrays and objects.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * A recursive-descent reader. Objects come back as JsonObject (their
 * members in order, so duplicated keys stay visible), arrays as lists,
 * strings as strings, null as null, and booleans and numbers as false
 * (their values are never needed).
 */
final class StrictJson {

	/** serde_json's recursion limit: 128, one used by every array or object. */
	private const DEPTH = 128;

	/** A JSON string token, escapes validated (UTF-8 was checked before). */
	private const STRING = '/\G"((?:[^"\\\\\x00-\x1f]++|\\\\(?:["\\\\\/bfnrt]|u[0-9a-fA-F]{4}))*+)"/';

	/** A JSON number token. */
	private const NUMBER = '/\G-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?(?:[eE][+-]?[0-9]++)?/';

	private string $text;
	private int $at = 0;
	private int $depth_left = self::DEPTH;

	private function __construct( string $text ) {
		$this->text = $text;
	}

	/**
	 * Reads a whole document of valid UTF-8.
	 *
	 * @param string $text The document.
	 * @return mixed The value.
	 * @throws JsonError When it is not strict JSON.
	 */
	public static function decode( string $text ) {
		$reader = new self( $text );
		$value  = $reader->value();
		$reader->end();
		return $value;
	}

	/**
	 * Reads a whole document that must be one object, and its top-level
	 * members, refusing a duplicated key and more than $max_members members
	 * (checked as each key is read, before its value).
	 *
	 * @param string $text        The document.
	 * @param int    $max_members The most members.
	 * @return JsonObject The object.
	 * @throws JsonError When it is not such an object.
	 */
	public static function decode_object( string $text, int $max_members ): JsonObject {
		$reader = new self( $text );
		$reader->whitespace();
		$first = $reader->text[ $reader->at ] ?? '';
		if ( '{' !== $first ) {
			$reader->value(); // A syntax error names the real problem first.
			$kinds = array( '[' => 'a JSON array', '"' => 'a JSON string', 't' => 'a JSON boolean', 'f' => 'a JSON boolean', 'n' => 'JSON null' );
			throw new JsonError( 'the body is ' . ( $kinds[ $first ] ?? 'a JSON number' ) . ', not an object' );
		}
		$members = $reader->object( $max_members );
		$reader->end();
		return $members;
	}

	/** @throws JsonError When anything but white space follows. */
	private function end(): void {
		$this->whitespace();
		if ( $this->at < strlen( $this->text ) ) {
			throw new JsonError( 'trailing characters' );
		}
	}

	/**
	 * @return mixed
	 * @throws JsonError
	 */
	private function value() {
		$this->whitespace();
		$char = $this->text[ $this->at ] ?? '';
		switch ( $char ) {
			case '{':
				return $this->object( PHP_INT_MAX );
			case '[':
				return $this->array();
			case '"':
				return $this->string();
			case 't':
				return $this->literal( 'true', false );
			case 'f':
				return $this->literal( 'false', false );
			case 'n':
				return $this->literal( 'null', null );
		}
		if ( '-' === $char || ctype_digit( $char ) ) {
			return $this->number();
		}
		throw new JsonError( '' === $char ? 'EOF while parsing a value' : 'expected value' );
	}

	/**
	 * @param int $max_members Refuse a key beyond this many members, or a duplicated key (PHP_INT_MAX: neither).
	 * @throws JsonError
	 */
	private function object( int $max_members ): JsonObject {
		$this->enter();
		++$this->at;
		$members = array();
		$seen    = array();
		$this->whitespace();
		if ( '}' === ( $this->text[ $this->at ] ?? '' ) ) {
			++$this->at;
			++$this->depth_left;
			return new JsonObject( $members );
		}
		while ( true ) {
			$this->whitespace();
			if ( '"' !== ( $this->text[ $this->at ] ?? '' ) ) {
				throw new JsonError( 'key must be a string' );
			}
			$key = $this->string();
			if ( PHP_INT_MAX !== $max_members ) {
				if ( count( $members ) === $max_members ) {
					throw new JsonError( "the object has more than {$max_members} members" );
				}
				if ( isset( $seen[ $key ] ) ) {
					throw new JsonError( 'the key ' . Failure::quote_untrusted( $key ) . ' appears twice' );
				}
				$seen[ $key ] = true;
			}
			$this->whitespace();
			$this->expect( ':' );
			$members[] = array( $key, $this->value() );
			$this->whitespace();
			$char = $this->text[ $this->at ] ?? '';
			++$this->at;
			if ( '}' === $char ) {
				++$this->depth_left;
				return new JsonObject( $members );
			}
			if ( ',' !== $char ) {
				throw new JsonError( '' === $char ? 'EOF while parsing an object' : 'expected `,` or `}`' );
			}
		}
	}

	/**
	 * @return list<mixed>
	 * @throws JsonError
	 */
	private function array(): array {
		$this->enter();
		++$this->at;
		$items = array();
		$this->whitespace();
		if ( ']' === ( $this->text[ $this->at ] ?? '' ) ) {
			++$this->at;
			++$this->depth_left;
			return $items;
		}
		while ( true ) {
			$items[] = $this->value();
			$this->whitespace();
			$char = $this->text[ $this->at ] ?? '';
			++$this->at;
			if ( ']' === $char ) {
				++$this->depth_left;
				return $items;
			}
			if ( ',' !== $char ) {
				throw new JsonError( '' === $char ? 'EOF while parsing a list' : 'expected `,` or `]`' );
			}
		}
	}

	/** @throws JsonError When the recursion limit is reached. */
	private function enter(): void {
		if ( 0 === --$this->depth_left ) {
			throw new JsonError( 'recursion limit exceeded' );
		}
	}

	/** @throws JsonError */
	private function string(): string {
		if ( 1 !== preg_match( self::STRING, $this->text, $match, 0, $this->at ) ) {
			throw new JsonError( 'invalid string (a control character, a bad escape or no closing quote)' );
		}
		$this->at += strlen( $match[0] );
		if ( false === strpos( $match[1], '\\' ) ) {
			return $match[1];
		}
		$decoded = json_decode( $match[0] );
		if ( ! is_string( $decoded ) ) {
			throw new JsonError( 'lone surrogate in a hex escape' );
		}
		return $decoded;
	}

	/** @throws JsonError */
	private function number(): bool {
		if ( 1 !== preg_match( self::NUMBER, $this->text, $match, 0, $this->at ) ) {
			throw new JsonError( 'invalid number' );
		}
		$this->at += strlen( $match[0] );
		if ( is_infinite( (float) $match[0] ) ) {
			throw new JsonError( 'number out of range' );
		}
		return false;
	}

	/**
	 * @param mixed $value What it stands for.
	 * @return mixed
	 * @throws JsonError
	 */
	private function literal( string $word, $value ) {
		if ( substr( $this->text, $this->at, strlen( $word ) ) !== $word ) {
			throw new JsonError( 'expected ident' );
		}
		$this->at += strlen( $word );
		return $value;
	}

	/** @throws JsonError */
	private function expect( string $char ): void {
		if ( ( $this->text[ $this->at ] ?? '' ) !== $char ) {
			throw new JsonError( "expected `{$char}`" );
		}
		++$this->at;
	}

	private function whitespace(): void {
		$this->at += strspn( $this->text, " \t\n\r", $this->at );
	}
}
