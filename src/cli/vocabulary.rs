//! A closed vocabulary as a command-line value: the help lists its values
//! (from `domain::kinds`, so the catalogues need not repeat them), and what
//! is typed is read as everywhere in kring (any case, Dutch words, labels).

use crate::domain::kinds::Vocabulary;
use clap::builder::{PossibleValue, TypedValueParser};
use std::marker::PhantomData;

/// The parser of a vocabulary's values (`value_parser = vocabulary::<T>()`).
#[derive(Clone, Copy)]
pub struct Values<T>(PhantomData<T>);

pub fn vocabulary<T: Vocabulary>() -> Values<T> {
    Values(PhantomData)
}

impl<T: Vocabulary> TypedValueParser for Values<T> {
    type Value = T;

    fn parse_ref(
        &self,
        _command: &clap::Command,
        _argument: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        T::read(&text).map_err(|e| clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{e}\n")))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::all().iter().map(|v| PossibleValue::new(v.stored()))))
    }
}
